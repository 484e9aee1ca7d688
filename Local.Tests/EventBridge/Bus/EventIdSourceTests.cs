using OrderEvents.Local.EventBridge.Bus;

namespace OrderEvents.Local.Tests.EventBridge.Bus;

public sealed class EventIdSourceTests
{
    [Fact]
    public void SeededIds_WithTheSameSeed_AreTheSame_AndOtherSeedsDiffer()
    {
        var first = new SeededEventIdSource(42);
        var second = new SeededEventIdSource(42);
        var other = new SeededEventIdSource(43);

        var ids = Enumerable.Range(0, 5).Select(_ => first.NextId()).ToList();

        Assert.Equal(ids, Enumerable.Range(0, 5).Select(_ => second.NextId()));
        Assert.NotEqual(ids, Enumerable.Range(0, 5).Select(_ => other.NextId()));
        Assert.Equal(5, ids.Distinct().Count());
    }

    [Fact]
    public void SeededIds_AreVersion4Uuids()
    {
        var source = new SeededEventIdSource(7);

        Assert.All(Enumerable.Range(0, 50).Select(_ => source.NextId()), id =>
            Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id));
    }

    [Fact]
    public void RandomIds_AreDistinctUuids()
    {
        var source = new RandomEventIdSource();

        var ids = Enumerable.Range(0, 100).Select(_ => source.NextId()).ToList();

        Assert.Equal(100, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(Guid.TryParse(id, out _)));
    }
}
