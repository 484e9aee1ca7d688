using OrderEvents.Handlers.Hosting;

namespace OrderEvents.Handlers.Notifications;

/// <summary>A publisher for a process that cannot publish (e.g. <c>TOPIC_ARN</c> is not set): every publish fails with the reason.</summary>
public sealed class UnavailableNotificationPublisher(string reason) : INotificationPublisher
{
    public string Reason => reason;

    public Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken) =>
        Task.FromException<string>(new ConfigurationException(reason));
}
