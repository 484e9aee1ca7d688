namespace OrderEvents.Handlers.Randomness;

/// <summary>Unseeded, thread-safe randomness for deployed functions (<see cref="Random.Shared"/>).</summary>
public sealed class SharedRandomSource : IRandomSource
{
    public static SharedRandomSource Instance { get; } = new();

    private SharedRandomSource()
    {
    }

    public double NextDouble() => Random.Shared.NextDouble();

    public void NextBytes(Span<byte> destination) => Random.Shared.NextBytes(destination);
}
