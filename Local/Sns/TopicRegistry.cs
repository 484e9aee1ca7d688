using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace OrderEvents.Local.Sns;

/// <summary>
/// The local SNS: topics by ARN, their subscriptions, and Publish with SNS's validation and fan-out.
/// Thread-safe; concurrent executions publish through one registry.
/// </summary>
public sealed class TopicRegistry(TopicRegistryOptions options)
{
    private readonly ConcurrentDictionary<string, ImmutableArray<Subscription>> _topics = new(StringComparer.Ordinal);

    public TopicRegistry()
        : this(new TopicRegistryOptions())
    {
    }

    public TopicRegistryOptions Options { get; } = options;

    /// <summary>Creates the topic if needed (idempotent, as CreateTopic is) and returns its ARN.</summary>
    public string CreateTopic(string name)
    {
        if (!TopicName.IsValid(name))
        {
            throw new InvalidParameterException(
                $"Invalid parameter: Topic Name '{name}' (1-256 letters, digits, hyphens and underscores)");
        }

        var arn = $"arn:aws:sns:{Options.Region}:{Options.AccountId}:{name}";
        _topics.TryAdd(arn, []);
        return arn;
    }

    /// <summary>Deletes the topic and its subscriptions (idempotent, as DeleteTopic is); later publishes are NotFound.</summary>
    public void DeleteTopic(string topicArn) => _topics.TryRemove(topicArn, out _);

    /// <summary>The ARNs of all topics.</summary>
    public IReadOnlyCollection<string> TopicArns => [.. _topics.Keys];

    /// <summary>Adds a subscription with its own delivery channel.</summary>
    public Subscription Subscribe(string topicArn, string protocol, string endpoint, ISubscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (!_topics.ContainsKey(topicArn))
        {
            throw TopicNotFound();
        }

        var subscription = new Subscription($"{topicArn}:{Options.NewId()}", topicArn, protocol, endpoint, subscriber);
        _topics.AddOrUpdate(topicArn, [subscription], (_, existing) => existing.Add(subscription));
        return subscription;
    }

    /// <summary>The subscriptions of a topic, in the order they were added.</summary>
    public IReadOnlyList<Subscription> SubscriptionsOf(string topicArn) =>
        _topics.TryGetValue(topicArn, out var subscriptions) ? subscriptions : throw TopicNotFound();

    /// <summary>Validates like SNS, then delivers to every subscription.</summary>
    /// <exception cref="NotFoundException">The topic does not exist.</exception>
    /// <exception cref="InvalidParameterException">The message, subject or an attribute is invalid.</exception>
    public PublishResult Publish(PublishRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_topics.TryGetValue(request.TopicArn, out var subscriptions))
        {
            throw TopicNotFound();
        }

        PublishValidation.Validate(request);
        var message = new SnsMessage(
            Options.NewId(),
            request.TopicArn,
            request.Subject,
            request.Message,
            request.Attributes ?? new Dictionary<string, string>(),
            Options.Time.GetUtcNow());

        var deliveries = new TopicDelivery[subscriptions.Length];
        for (var i = 0; i < subscriptions.Length; i++)
        {
            deliveries[i] = Deliver(message, subscriptions[i]);
        }

        var result = new PublishResult(message, deliveries);
        Options.Published?.Invoke(result);
        return result;
    }

    private static TopicDelivery Deliver(SnsMessage message, Subscription subscription)
    {
        try
        {
            var location = subscription.Subscriber.Deliver(message, subscription);
            return new TopicDelivery(subscription.SubscriptionArn, subscription.Protocol, subscription.Endpoint, location);
        }
        catch (IOException ex)
        {
            // A failed delivery is reported on the delivery, as SNS does; the message stays accepted.
            return new TopicDelivery(subscription.SubscriptionArn, subscription.Protocol, subscription.Endpoint, null, ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return new TopicDelivery(subscription.SubscriptionArn, subscription.Protocol, subscription.Endpoint, null, ex.Message);
        }
    }

    private static NotFoundException TopicNotFound() => new("Topic does not exist");
}
