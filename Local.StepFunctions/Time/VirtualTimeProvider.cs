namespace OrderEvents.Local.StepFunctions.Time;

/// <summary>
/// A clock on which waiting takes no real time: every timer fires at once (on the thread pool) after moving
/// the clock forward to its due time, so Wait states and retry intervals elapse instantly while timestamps
/// and durations still read as if they had been waited. Timers started together (parallel branches) move
/// the clock to the latest due time, not to the sum of their waits.
/// </summary>
public sealed class VirtualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset _now;

    /// <param name="start">The clock's initial time; the real current time when omitted.</param>
    public VirtualTimeProvider(DateTimeOffset? start = null)
    {
        _now = start ?? System.GetUtcNow();
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves the clock forward (a negative or zero amount does nothing).</summary>
    public void Advance(TimeSpan amount)
    {
        if (amount <= TimeSpan.Zero)
        {
            return;
        }

        lock (_gate)
        {
            _now += amount;
        }
    }

    /// <summary>Moves the clock to the given time unless it is already past it.</summary>
    public void AdvanceTo(DateTimeOffset time)
    {
        lock (_gate)
        {
            if (time > _now)
            {
                _now = time;
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class VirtualTimer(VirtualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private int _generation;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            // A periodic timer fires once per change: re-arming forever would spin the clock.
            var generation = Interlocked.Increment(ref _generation);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return true;
            }

            var due = clock.GetUtcNow() + dueTime;
            ThreadPool.UnsafeQueueUserWorkItem(
                _ =>
                {
                    if (Volatile.Read(ref _generation) != generation)
                    {
                        return;
                    }

                    clock.AdvanceTo(due);
                    callback(state);
                },
                null);
            return true;
        }

        public void Dispose() => Interlocked.Increment(ref _generation);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
