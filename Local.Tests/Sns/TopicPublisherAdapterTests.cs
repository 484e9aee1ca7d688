using OrderEvents.Handlers.Notifications;
using OrderEvents.Local.Sns;
using OrderEvents.Local.StepFunctions.Tasks;

namespace OrderEvents.Local.Tests.Sns;

public sealed class TopicPublisherAdapterTests : IDisposable
{
    private readonly TopicFixture _fixture = new();
    private readonly string _topicArn;
    private readonly MessageCapture _capture;

    public TopicPublisherAdapterTests()
    {
        _topicArn = _fixture.Topics.CreateTopic("orders");
        _capture = MessageCapture.Subscribe(_fixture.Topics, _topicArn);
    }

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task StatesPublisher_PublishesToTheTopic_AndReturnsTheMessageId()
    {
        var publisher = new StatesTopicPublisher(_fixture.Topics);

        var id = await publisher.PublishAsync(new TopicMessage(_topicArn, "from a task", "Subject", new Dictionary<string, string>()), CancellationToken.None);

        Assert.Equal(id, Assert.Single(_capture.Messages).MessageId);
    }

    [Fact]
    public async Task StatesPublisher_UnknownTopic_FailsTheTaskWithSnsNotFoundException()
    {
        var publisher = new StatesTopicPublisher(_fixture.Topics);

        var error = await Assert.ThrowsAsync<TopicPublishException>(async () =>
            await publisher.PublishAsync(new TopicMessage(_topicArn + "-gone", "x", null, new Dictionary<string, string>()), CancellationToken.None));

        Assert.Equal("SNS.NotFoundException", error.Error);
        Assert.Equal("Topic does not exist (Service: Sns, Status Code: 404, Error Code: NotFound)", error.Cause);
    }

    [Fact]
    public async Task StatesPublisher_InvalidSubject_FailsWithSnsInvalidParameterException()
    {
        var publisher = new StatesTopicPublisher(_fixture.Topics);

        var error = await Assert.ThrowsAsync<TopicPublishException>(async () =>
            await publisher.PublishAsync(new TopicMessage(_topicArn, "x", "two\nlines", new Dictionary<string, string>()), CancellationToken.None));

        Assert.Equal("SNS.InvalidParameterException", error.Error);
        Assert.Contains("Status Code: 400", error.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotificationPublisher_PublishesSubjectBodyAndAttributes()
    {
        var publisher = new NotificationTopicPublisher(_fixture.Topics);
        var attributes = new Dictionary<string, string> { ["orderId"] = "12345", ["status"] = "Paid" };

        var id = await publisher.PublishAsync(new Notification(_topicArn, "Order 12345", "Thanks!", attributes), CancellationToken.None);

        var message = Assert.Single(_capture.Messages);
        Assert.Equal((id, "Order 12345", "Thanks!", "Paid"), (message.MessageId, message.Subject, message.Body, message.Attributes["status"]));
    }

    [Fact]
    public async Task NotificationPublisher_UnknownTopic_ThrowsTheSdkNamedException()
    {
        var publisher = new NotificationTopicPublisher(_fixture.Topics);

        await Assert.ThrowsAsync<NotFoundException>(() =>
            publisher.PublishAsync(new Notification(_topicArn + "-gone", "s", "m", new Dictionary<string, string>()), CancellationToken.None));
    }
}
