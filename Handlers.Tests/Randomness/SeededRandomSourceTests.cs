using OrderEvents.Handlers.Randomness;

namespace OrderEvents.Handlers.Tests.Randomness;

public sealed class SeededRandomSourceTests
{
    [Fact]
    public void SameSeed_GivesTheSameSequence()
    {
        var first = new SeededRandomSource(5);
        var second = new SeededRandomSource(5);
        Span<byte> a = stackalloc byte[16];
        Span<byte> b = stackalloc byte[16];

        first.NextBytes(a);
        second.NextBytes(b);

        Assert.Equal(first.NextDouble(), second.NextDouble());
        Assert.True(a.SequenceEqual(b));
    }

    [Fact]
    public void DifferentSeeds_GiveDifferentSequences() =>
        Assert.NotEqual(new SeededRandomSource(1).NextDouble(), new SeededRandomSource(2).NextDouble());
}
