using OrderEvents.Benchmarks.Harness;

namespace OrderEvents.Benchmarks.Tests.Harness;

public sealed class TargetTests
{
    [Theory]
    [InlineData(99_999, false)]
    [InlineData(100_000, true)]
    [InlineData(250_000, true)]
    public void Minimum_IsMetFromTheLimitUp(double value, bool met)
    {
        Assert.Equal(met, Target.Minimum(100_000, MetricUnit.PerSecond).IsMetBy(value));
    }

    [Theory]
    [InlineData(19.9, true)]
    [InlineData(20, true)]
    [InlineData(20.1, false)]
    public void Maximum_IsMetUpToTheLimit(double value, bool met)
    {
        Assert.Equal(met, Target.Maximum(20, MetricUnit.Milliseconds).IsMetBy(value));
    }

    [Fact]
    public void ToString_ShowsTheComparisonAndTheUnit()
    {
        Assert.Equal("≥ 2,000,000/s", Target.Minimum(2_000_000, MetricUnit.PerSecond).ToString());
        Assert.Equal("≤ 150 µs", Target.Maximum(150, MetricUnit.Microseconds).ToString());
    }
}
