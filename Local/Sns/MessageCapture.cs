namespace OrderEvents.Local.Sns;

/// <summary>An in-memory subscriber that keeps every delivered message, for tests and inspection.</summary>
public sealed class MessageCapture : ISubscriber
{
    /// <summary>The protocol name of capture subscriptions (not an SNS protocol).</summary>
    public const string Protocol = "capture";

    private readonly Lock _gate = new();
    private readonly List<SnsMessage> _messages = [];

    public IReadOnlyList<SnsMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    public string? Deliver(SnsMessage message, Subscription subscription)
    {
        lock (_gate)
        {
            _messages.Add(message);
        }

        return null;
    }

    /// <summary>Subscribes a new capture to the topic.</summary>
    public static MessageCapture Subscribe(TopicRegistry topics, string topicArn)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var capture = new MessageCapture();
        topics.Subscribe(topicArn, Protocol, "memory", capture);
        return capture;
    }
}
