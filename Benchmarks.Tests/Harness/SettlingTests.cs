using Microsoft.Extensions.Time.Testing;
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

    [Fact]
    public async Task WarmUp_RunsUntilTheMinimumHasPassed_AndTwoRoundsAgree()
    {
        var time = new FakeTimeProvider();
        var figures = new Queue<double>([100, 102, 50, 51, 52]);
        var rounds = 0;

        var elapsed = await Settling.WarmUpAsync(time, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30), () => Round(time, figures, ref rounds));

        // 100 → 102 agree at 2 s, before the minimum; 102 → 50 does not; 50 → 51 agree at 4 s.
        Assert.Equal(4, rounds);
        Assert.Equal(TimeSpan.FromSeconds(4), elapsed);
    }

    [Fact]
    public async Task WarmUp_WaitsForTheExtraCondition_AndStopsAtTheMaximumRegardless()
    {
        var time = new FakeTimeProvider();
        var rounds = 0;
        var steady = new Queue<double>(Enumerable.Repeat(10.0, 5));
        var wild = new Queue<double>([1, 10, 1, 10, 1, 10, 1]);

        var waited = await Settling.WarmUpAsync(time, TimeSpan.Zero, TimeSpan.FromSeconds(30), () => Round(time, steady, ref rounds), () => rounds >= 3);
        var capped = await Settling.WarmUpAsync(time, TimeSpan.Zero, TimeSpan.FromSeconds(5), () => Round(time, wild, ref rounds));

        Assert.Equal(TimeSpan.FromSeconds(3), waited);
        Assert.Equal(TimeSpan.FromSeconds(5), capped);
    }

    /// <summary>One round that takes a second of fake time and reports the next figure.</summary>
    private static Task<double> Round(FakeTimeProvider time, Queue<double> figures, ref int rounds)
    {
        rounds++;
        time.Advance(TimeSpan.FromSeconds(1));
        return Task.FromResult(figures.Dequeue());
    }
}
