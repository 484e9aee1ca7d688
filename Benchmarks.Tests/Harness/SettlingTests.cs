using OrderEvents.Benchmarks.Harness;

namespace OrderEvents.Benchmarks.Tests.Harness;

public sealed class SettlingTests
{
    [Theory]
    [InlineData(0, 100, false)]
    [InlineData(100, 104.9, true)]
    [InlineData(100, 95.1, true)]
    [InlineData(100, 105, false)]
    [InlineData(100, 80, false)]
    public void Settles_only_when_two_rounds_agree_within_five_percent(double previous, double current, bool settled) =>
        Assert.Equal(settled, Settling.HasSettled(previous, current));
}
