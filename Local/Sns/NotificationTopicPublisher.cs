using OrderEvents.Handlers.Notifications;

namespace OrderEvents.Local.Sns;

/// <summary>
/// The handlers' <see cref="INotificationPublisher"/> over the local topics; a rejected call throws the
/// same-named exception the AWS SDK would (<see cref="NotFoundException"/>, <see cref="InvalidParameterException"/>).
/// </summary>
public sealed class NotificationTopicPublisher(TopicRegistry topics) : INotificationPublisher
{
    public Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var result = topics.Publish(new PublishRequest(notification.TopicArn, notification.Message, notification.Subject, notification.Attributes));
        return Task.FromResult(result.MessageId);
    }
}
