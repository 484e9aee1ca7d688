namespace OrderEvents.Local.Sns;

/// <summary>
/// A confirmed subscription of a topic. Locally every subscription is confirmed at once
/// (SNS keeps e-mail subscriptions pending until the recipient clicks the link).
/// </summary>
public sealed record Subscription(string SubscriptionArn, string TopicArn, string Protocol, string Endpoint, ISubscriber Subscriber);

/// <summary>Receives the messages of the subscriptions it backs (an outbox, an in-memory capture...).</summary>
public interface ISubscriber
{
    /// <returns>Where the message landed (a file path), or <see langword="null"/> when it has no location.</returns>
    string? Deliver(SnsMessage message, Subscription subscription);
}
