namespace OrderEvents.Local.Sns;

/// <summary>The parameters of an SNS Publish call (string message attributes only).</summary>
public sealed record PublishRequest(
    string TopicArn,
    string Message,
    string? Subject = null,
    IReadOnlyDictionary<string, string>? Attributes = null);
