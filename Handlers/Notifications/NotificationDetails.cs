namespace OrderEvents.Handlers.Notifications;

/// <summary>The <c>notification</c> block NotifyCustomer adds to the order.</summary>
public sealed record NotificationDetails(string MessageId, string TopicArn);
