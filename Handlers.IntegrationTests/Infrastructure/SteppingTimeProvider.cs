using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace OrderEvents.Handlers.IntegrationTests.Infrastructure;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that records every timer it is asked for and, while
/// <see cref="RunAsync{T}"/> drives an operation, advances the clock exactly to each timer: waits take no real time.
/// </summary>
public sealed class SteppingTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _created = Channel.CreateUnbounded<TimeSpan>();
    private readonly List<TimeSpan> _delays = [];

    public SteppingTimeProvider()
        : base(new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero))
    {
    }

    /// <summary>The due times of the timers created so far, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_delays)
            {
                return [.. _delays];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_delays)
        {
            _delays.Add(dueTime);
        }

        _created.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Awaits <paramref name="operation"/>, advancing the clock whenever it waits on a timer.</summary>
    public async Task<T> RunAsync<T>(Task<T> operation)
    {
        while (true)
        {
            var timerCreated = _created.Reader.WaitToReadAsync().AsTask();
            if (await Task.WhenAny(operation, timerCreated) == operation)
            {
                return await operation;
            }

            while (_created.Reader.TryRead(out var dueTime))
            {
                Advance(dueTime);
            }
        }
    }
}
