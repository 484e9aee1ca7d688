namespace OrderEvents.Local.Sns;

/// <summary>
/// The delivery of one message to one subscription. <see cref="Location"/> is where it landed
/// (the <c>.eml</c> file of an e-mail subscription); <see cref="Error"/> is set when delivery failed,
/// which, as in SNS, does not fail the Publish call.
/// </summary>
public sealed record TopicDelivery(
    string SubscriptionArn,
    string Protocol,
    string Endpoint,
    string? Location,
    string? Error = null);

/// <summary>What a Publish call returns: the message and its deliveries, in subscription order.</summary>
public sealed record PublishResult(SnsMessage Message, IReadOnlyList<TopicDelivery> Deliveries)
{
    public string MessageId => Message.MessageId;
}
