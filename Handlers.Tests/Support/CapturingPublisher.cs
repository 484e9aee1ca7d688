using System.Collections.Concurrent;
using OrderEvents.Handlers.Notifications;

namespace OrderEvents.Handlers.Tests.Support;

/// <summary>Records published notifications and answers with sequential message ids.</summary>
internal sealed class CapturingPublisher : INotificationPublisher
{
    private readonly ConcurrentQueue<Notification> _published = new();
    private int _count;

    public IReadOnlyList<Notification> Published => [.. _published];

    public Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken)
    {
        _published.Enqueue(notification);
        return Task.FromResult($"message-{Interlocked.Increment(ref _count)}");
    }
}
