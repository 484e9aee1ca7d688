using OrderEvents.Local.OrderFlow;

namespace OrderEvents.Local.Tests.OrderFlow;

public sealed class SeededIdsTests
{
    [Fact]
    public void SameSeed_GivesTheSameVersion4Uuids()
    {
        var first = new SeededIds(11);
        var second = new SeededIds(11);

        var ids = Enumerable.Range(0, 5).Select(_ => first.Next()).ToList();

        Assert.Equal(ids, Enumerable.Range(0, 5).Select(_ => second.Next()));
        Assert.Equal(5, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id));
    }
}
