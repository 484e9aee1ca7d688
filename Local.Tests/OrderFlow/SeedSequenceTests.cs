using OrderEvents.Local.OrderFlow;

namespace OrderEvents.Local.Tests.OrderFlow;

public sealed class SeedSequenceTests
{
    [Fact]
    public void SameSeed_GivesTheSameSeeds_AndTheSourcesGetDifferentOnes()
    {
        var seeds = SeedSequence.From(2);

        Assert.Equal(seeds, SeedSequence.From(2));
        Assert.Equal(4, new[] { seeds.Functions, seeds.Executions, seeds.Topics, seeds.Events }.Distinct().Count());
        Assert.NotEqual(seeds, SeedSequence.From(3));
    }
}
