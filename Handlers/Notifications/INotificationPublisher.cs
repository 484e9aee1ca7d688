namespace OrderEvents.Handlers.Notifications;

/// <summary>Publishes a message to an SNS topic (real SNS in AWS, a local topic on the embedded runtime).</summary>
public interface INotificationPublisher
{
    /// <returns>The message id assigned by the topic.</returns>
    Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken);
}
