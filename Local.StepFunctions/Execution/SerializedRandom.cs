namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>
/// Makes a caller's (seeded, not thread-safe) <see cref="Random"/> safe to share between concurrent
/// executions, branches and iterations by serializing every draw.
/// </summary>
internal sealed class SerializedRandom(Random inner) : Random
{
    public override int Next()
    {
        lock (inner)
        {
            return inner.Next();
        }
    }

    public override int Next(int maxValue)
    {
        lock (inner)
        {
            return inner.Next(maxValue);
        }
    }

    public override int Next(int minValue, int maxValue)
    {
        lock (inner)
        {
            return inner.Next(minValue, maxValue);
        }
    }

    public override long NextInt64()
    {
        lock (inner)
        {
            return inner.NextInt64();
        }
    }

    public override long NextInt64(long maxValue)
    {
        lock (inner)
        {
            return inner.NextInt64(maxValue);
        }
    }

    public override long NextInt64(long minValue, long maxValue)
    {
        lock (inner)
        {
            return inner.NextInt64(minValue, maxValue);
        }
    }

    public override double NextDouble()
    {
        lock (inner)
        {
            return inner.NextDouble();
        }
    }

    public override float NextSingle()
    {
        lock (inner)
        {
            return inner.NextSingle();
        }
    }

    public override void NextBytes(byte[] buffer)
    {
        lock (inner)
        {
            inner.NextBytes(buffer);
        }
    }

    public override void NextBytes(Span<byte> buffer)
    {
        lock (inner)
        {
            inner.NextBytes(buffer);
        }
    }

    protected override double Sample() => NextDouble();
}
