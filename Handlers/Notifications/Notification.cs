namespace OrderEvents.Handlers.Notifications;

/// <summary>One SNS message: the topic, a subject (&lt; 100 chars, one line), the body and string attributes.</summary>
public sealed record Notification(
    string TopicArn,
    string Subject,
    string Message,
    IReadOnlyDictionary<string, string> Attributes);
