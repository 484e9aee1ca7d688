using OrderEvents.Benchmarks.Harness;

namespace OrderEvents.Benchmarks.Tests.Harness;

public sealed class StatisticsTests
{
    [Fact]
    public void Median_OfAnOddCount_IsTheMiddleSample()
    {
        Assert.Equal(3.0, Statistics.Median([9.0, 1.0, 3.0]));
    }

    [Fact]
    public void Median_OfAnEvenCount_AveragesTheMiddlePair()
    {
        Assert.Equal(2.5, Statistics.Median([4.0, 1.0, 2.0, 3.0]));
    }

    [Theory]
    [InlineData(0, 10.0)]
    [InlineData(100, 50.0)]
    [InlineData(99, 49.6)]
    [InlineData(25, 20.0)]
    public void Percentile_InterpolatesLinearlyBetweenRanks(double percent, double expected)
    {
        Assert.Equal(expected, Statistics.Percentile([50.0, 10.0, 30.0, 20.0, 40.0], percent), precision: 9);
    }

    [Fact]
    public void Percentile_OfNoSamples_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => Statistics.Percentile([], 50));
    }
}
