namespace OrderEvents.Handlers.Randomness;

/// <summary>A reproducible random source: the same seed gives the same sequence (across concurrent callers, the order of calls decides who gets which value).</summary>
public sealed class SeededRandomSource(int seed) : IRandomSource
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    public double NextDouble()
    {
        lock (_gate)
        {
            return _random.NextDouble();
        }
    }

    public void NextBytes(Span<byte> destination)
    {
        lock (_gate)
        {
            _random.NextBytes(destination);
        }
    }
}
