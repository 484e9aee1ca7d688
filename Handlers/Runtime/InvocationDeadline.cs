namespace OrderEvents.Handlers.Runtime;

/// <summary>
/// Turns an invocation's deadline into a cancellation token on the injected clock, reusing one
/// <see cref="CancellationTokenSource"/> across invocations while none is cancelled.
/// </summary>
internal sealed class InvocationDeadline(TimeProvider time) : IDisposable
{
    // CancelAfter accepts at most uint.MaxValue - 1 ms (about 49 days); Lambda deadlines are minutes away.
    private static readonly TimeSpan LongestDelay = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private CancellationTokenSource _source = new(Timeout.InfiniteTimeSpan, time);

    public CancellationToken Start(DateTimeOffset deadline)
    {
        if (deadline != DateTimeOffset.MaxValue)
        {
            var remaining = deadline - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                _source.Cancel();
            }
            else if (remaining <= LongestDelay)
            {
                _source.CancelAfter(remaining);
            }
        }

        return _source.Token;
    }

    public void Stop()
    {
        if (!_source.TryReset())
        {
            _source.Dispose();
            _source = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        }
    }

    public void Dispose() => _source.Dispose();
}
