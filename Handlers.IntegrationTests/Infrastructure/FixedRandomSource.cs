using OrderEvents.Handlers.Randomness;

namespace OrderEvents.Handlers.IntegrationTests.Infrastructure;

/// <summary>Always draws the same number, so backoff delays are exact.</summary>
public sealed class FixedRandomSource(double value) : IRandomSource
{
    public double NextDouble() => value;

    public void NextBytes(Span<byte> destination) => destination.Fill(0x5a);
}
