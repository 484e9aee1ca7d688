using OrderEvents.Local.Sns;

namespace OrderEvents.Local.Tests.Sns;

public sealed class TopicRegistryTests : IDisposable
{
    private readonly TopicFixture _fixture = new();

    private TopicRegistry Topics => _fixture.Topics;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void CreateTopic_ReturnsArnInTheRegistrysRegionAndAccount()
    {
        Assert.Equal("arn:aws:sns:eu-west-1:111122223333:order-notifications", Topics.CreateTopic("order-notifications"));
    }

    [Fact]
    public void CreateTopic_Twice_IsIdempotentAndKeepsSubscriptions()
    {
        var arn = Topics.CreateTopic("orders");
        MessageCapture.Subscribe(Topics, arn);

        Assert.Equal(arn, Topics.CreateTopic("orders"));
        Assert.Single(Topics.SubscriptionsOf(arn));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("dot.name")]
    public void CreateTopic_InvalidName_IsInvalidParameter(string name)
    {
        var error = Assert.Throws<InvalidParameterException>(() => Topics.CreateTopic(name));
        Assert.Equal("InvalidParameter", error.Code);
    }

    [Fact]
    public void Publish_UnknownTopic_IsNotFound()
    {
        var error = Assert.Throws<NotFoundException>(() =>
            Topics.Publish(new PublishRequest("arn:aws:sns:eu-west-1:111122223333:missing", "hello")));

        Assert.Equal("NotFound", error.Code);
        Assert.Equal("Topic does not exist", error.Message);
    }

    [Fact]
    public void Publish_DeliversToEverySubscriptionInOrder_AndReportsEachDelivery()
    {
        var arn = Topics.CreateTopic("orders");
        var first = MessageCapture.Subscribe(Topics, arn);
        var second = MessageCapture.Subscribe(Topics, arn);

        var result = Topics.Publish(new PublishRequest(arn, "body", "Subject", new Dictionary<string, string> { ["orderId"] = "12345" }));

        Assert.Equal(2, result.Deliveries.Count);
        Assert.All(result.Deliveries, d => Assert.Equal(MessageCapture.Protocol, d.Protocol));
        Assert.NotEqual(result.Deliveries[0].SubscriptionArn, result.Deliveries[1].SubscriptionArn);
        var delivered = Assert.Single(first.Messages);
        Assert.Same(delivered, Assert.Single(second.Messages));
        Assert.Equal(("body", "Subject", "12345", FixedClock.Instant), (delivered.Body, delivered.Subject, delivered.Attributes["orderId"], delivered.Timestamp));
        Assert.Equal(result.MessageId, delivered.MessageId);
    }

    [Fact]
    public void Publish_WithoutSubscriptions_IsAcceptedWithNoDeliveries()
    {
        var arn = Topics.CreateTopic("lonely");

        var result = Topics.Publish(new PublishRequest(arn, "nobody listens"));

        Assert.Empty(result.Deliveries);
        Assert.Same(result, Assert.Single(_fixture.Published));
    }

    [Fact]
    public void Publish_Rejected_IsNotReportedAsPublished()
    {
        var arn = Topics.CreateTopic("orders");
        var capture = MessageCapture.Subscribe(Topics, arn);

        Assert.Throws<InvalidParameterException>(() => Topics.Publish(new PublishRequest(arn, string.Empty)));

        Assert.Empty(capture.Messages);
        Assert.Empty(_fixture.Published);
    }

    [Fact]
    public void Subscribe_UnknownTopic_IsNotFound()
    {
        Assert.Throws<NotFoundException>(() => MessageCapture.Subscribe(Topics, "arn:aws:sns:eu-west-1:111122223333:missing"));
    }

    [Fact]
    public void DeleteTopic_MakesLaterPublishesNotFound()
    {
        var arn = Topics.CreateTopic("orders");

        Topics.DeleteTopic(arn);
        Topics.DeleteTopic(arn);

        Assert.Throws<NotFoundException>(() => Topics.Publish(new PublishRequest(arn, "hello")));
        Assert.DoesNotContain(arn, Topics.TopicArns);
    }
}
