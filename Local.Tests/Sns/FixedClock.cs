namespace OrderEvents.Local.Tests.Sns;

/// <summary>A clock stopped at one instant, so timestamps in files and headers are predictable.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Instant = new(2026, 11, 25, 9, 30, 15, 250, TimeSpan.Zero);

    public FixedClock()
        : this(Instant)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
