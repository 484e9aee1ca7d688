using System.Collections.Concurrent;
using OrderEvents.Local.StepFunctions.Tasks;

namespace OrderEvents.Local.StepFunctions.Tests.Stubs;

/// <summary>Records published messages; topics whose ARN ends in <c>:missing</c> reject them as SNS does.</summary>
internal sealed class StubTopicPublisher : ITopicPublisher
{
    private readonly ConcurrentQueue<TopicMessage> _published = new();
    private int _sequence;

    public IReadOnlyList<TopicMessage> Published => [.. _published];

    public ValueTask<string> PublishAsync(TopicMessage message, CancellationToken cancellationToken)
    {
        if (message.TopicArn.EndsWith(":missing", StringComparison.Ordinal))
        {
            throw new TopicPublishException("SNS.NotFoundException", "Topic does not exist");
        }

        _published.Enqueue(message);
        return ValueTask.FromResult($"message-{Interlocked.Increment(ref _sequence)}");
    }
}
