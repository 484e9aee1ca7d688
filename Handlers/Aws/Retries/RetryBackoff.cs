namespace OrderEvents.Handlers.Aws.Retries;

/// <summary>
/// Bounded exponential backoff with full jitter: before retry <c>n</c> (1-based) wait a uniformly random time in
/// <c>[0, min(MaxDelay, BaseDelay * 2^(n-1)))</c>. Defaults: 3 attempts, 100 ms base, 2 s cap, so a call
/// that keeps failing gives up after at most 0.3 s of waiting.
/// </summary>
public sealed record RetryBackoff
{
    public static RetryBackoff Default { get; } = new();

    /// <summary>Attempts in total, the first one included (at least 1).</summary>
    public int MaxAttempts { get; init; } = 3;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the second attempt).</summary>
    /// <param name="jitter">A value in [0, 1) from the injected random source.</param>
    public TimeSpan DelayBeforeRetry(int retry, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(jitter);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(jitter, 1.0);

        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry - 1, 30));
        var ceiling = Math.Min(MaxDelay.TotalMilliseconds, exponential);
        return TimeSpan.FromMilliseconds(ceiling * jitter);
    }
}
