using OrderEvents.Local.StepFunctions.Time;

namespace OrderEvents.Local.StepFunctions.Tests.Time;

public sealed class VirtualTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Delay_CompletesAtOnce_AndMovesTheClockByTheDelay()
    {
        var clock = new VirtualTimeProvider(Start);
        var before = clock.GetTimestamp();

        await Task.Delay(TimeSpan.FromHours(3), clock);

        Assert.Equal(Start.AddHours(3), clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromHours(3), clock.GetElapsedTime(before));
    }

    [Fact]
    public async Task DelaysStartedTogether_MoveTheClockToTheLatestDueTime()
    {
        var clock = new VirtualTimeProvider(Start);
        using var gate = new ManualResetEventSlim();

        // Both timers exist before either fires: the thread pool work that fires them waits on the gate.
        ThreadPool.UnsafeQueueUserWorkItem(_ => gate.Wait(), null);
        var shorter = Task.Delay(TimeSpan.FromSeconds(3), clock);
        var longer = Task.Delay(TimeSpan.FromSeconds(5), clock);
        gate.Set();
        await Task.WhenAll(shorter, longer);

        Assert.Equal(Start.AddSeconds(5), clock.GetUtcNow());
    }

    [Fact]
    public void Advance_MovesForwardOnly()
    {
        var clock = new VirtualTimeProvider(Start);

        clock.Advance(TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromMinutes(-5));
        clock.AdvanceTo(Start);

        Assert.Equal(Start.AddMinutes(1), clock.GetUtcNow());
    }

    [Fact]
    public async Task DisposedTimer_NeverFires()
    {
        var clock = new VirtualTimeProvider(Start);
        var fired = 0;
        var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        timer.Dispose();

        // A later timer fires after the disposed one would have, since both are queued in order.
        await Task.Delay(TimeSpan.FromSeconds(2), clock);

        Assert.Equal(0, Volatile.Read(ref fired));
    }
}
