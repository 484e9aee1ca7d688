namespace OrderEvents.Local.Sns;

/// <summary>A subscriber that only counts deliveries: for throughput runs, where writing each message would be the cost measured.</summary>
public sealed class DeliveryCounter : ISubscriber
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public string? Deliver(SnsMessage message, Subscription subscription)
    {
        Interlocked.Increment(ref _count);
        return null;
    }
}
