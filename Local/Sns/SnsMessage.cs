namespace OrderEvents.Local.Sns;

/// <summary>One accepted message as the topic delivers it to every subscription.</summary>
public sealed record SnsMessage(
    string MessageId,
    string TopicArn,
    string? Subject,
    string Body,
    IReadOnlyDictionary<string, string> Attributes,
    DateTimeOffset Timestamp);
