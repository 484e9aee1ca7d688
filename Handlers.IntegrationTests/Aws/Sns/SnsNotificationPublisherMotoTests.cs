using System.Text;
using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using OrderEvents.Handlers.Aws;
using OrderEvents.Handlers.Aws.Sns;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.IntegrationTests.Infrastructure;
using OrderEvents.Handlers.Logging;
using OrderEvents.Handlers.Notifications;
using OrderEvents.Handlers.Randomness;

namespace OrderEvents.Handlers.IntegrationTests.Aws.Sns;

[Collection(MotoCollection.Name)]
public sealed class SnsNotificationPublisherMotoTests(MotoServer moto) : IDisposable
{
    private readonly HttpClient _http = new();

    [Fact]
    public async Task Publish_ToTopicWithQueueSubscriber_DeliversSubjectMessageAndAttributes()
    {
        var (topicArn, queueUrl, sqs) = await CreateTopicWithQueueAsync();
        var publisher = Publisher();
        var notification = new Notification(
            topicArn,
            "Order ord-1001 confirmed",
            "Hello Jane, your order ord-1001 over 42.50 EUR is confirmed.\nThank you!",
            new Dictionary<string, string> { ["orderId"] = "ord-1001", ["eventType"] = "OrderConfirmed" });

        var messageId = await publisher.PublishAsync(notification, CancellationToken.None);

        using var delivered = await ReceiveOneAsync(sqs, queueUrl);
        var root = delivered.RootElement;
        Assert.Equal("Notification", root.GetProperty("Type").GetString());
        Assert.Equal(messageId, root.GetProperty("MessageId").GetString());
        Assert.Equal(topicArn, root.GetProperty("TopicArn").GetString());
        Assert.Equal(notification.Subject, root.GetProperty("Subject").GetString());
        Assert.Equal(notification.Message, root.GetProperty("Message").GetString());
        var attributes = root.GetProperty("MessageAttributes");
        Assert.Equal("String", attributes.GetProperty("orderId").GetProperty("Type").GetString());
        Assert.Equal("ord-1001", attributes.GetProperty("orderId").GetProperty("Value").GetString());
        Assert.Equal("OrderConfirmed", attributes.GetProperty("eventType").GetProperty("Value").GetString());
    }

    [Fact]
    public async Task NotifyCustomer_WithTheSnsPublisher_DeliversTheOrderConfirmation()
    {
        var (topicArn, queueUrl, sqs) = await CreateTopicWithQueueAsync();
        var handler = new NotifyCustomerHandler(Publisher(), topicArn, new StructuredLog(NullLogSink.Instance, TimeProvider.System, "NotifyCustomer"));
        const string Order = """
            {"status":"Payment Processed","orderId":"ord-2002","customer":"jane@example.com","currency":"EUR","total":42.5,
             "items":[{"sku":"BOOK-1","quantity":2,"unitPrice":21.25}],
             "payment":{"status":"Charged","amount":42.5,"currency":"EUR","reference":"ch_1","processedAt":"2026-03-14T09:26:53+00:00"}}
            """;
        var context = new InvocationContext("req-1", "NotifyCustomer", "arn:aws:lambda:us-east-1:123456789012:function:NotifyCustomer", DateTimeOffset.MaxValue);

        var result = JsonDocument.Parse(await handler.InvokeAsync(Encoding.UTF8.GetBytes(Order), context, CancellationToken.None));

        using var delivered = await ReceiveOneAsync(sqs, queueUrl);
        var root = delivered.RootElement;
        var notification = result.RootElement.GetProperty("notification");
        Assert.Equal(notification.GetProperty("messageId").GetString(), root.GetProperty("MessageId").GetString());
        Assert.Equal("Order ord-2002 confirmed", root.GetProperty("Subject").GetString());
        var message = root.GetProperty("Message").GetString()!;
        Assert.StartsWith("Hello jane@example.com,", message, StringComparison.Ordinal);
        Assert.Contains("2 x BOOK-1", message, StringComparison.Ordinal);
        var attributes = root.GetProperty("MessageAttributes");
        Assert.Equal("ord-2002", attributes.GetProperty("orderId").GetProperty("Value").GetString());
        Assert.Equal("Order Confirmed", attributes.GetProperty("status").GetProperty("Value").GetString());
        Assert.Equal("example.com", attributes.GetProperty("customerDomain").GetProperty("Value").GetString());
    }

    [Fact]
    public async Task Publish_MessageWithReservedFormCharacters_ArrivesUnchanged()
    {
        var (topicArn, queueUrl, sqs) = await CreateTopicWithQueueAsync();
        var message = "a+b=c & d%20e ü € 😀 <xml> \"quoted\" ~*'()";

        await Publisher().PublishAsync(new Notification(topicArn, "Symbols: +&=%", message, new Dictionary<string, string>()), CancellationToken.None);

        using var delivered = await ReceiveOneAsync(sqs, queueUrl);
        Assert.Equal(message, delivered.RootElement.GetProperty("Message").GetString());
        Assert.Equal("Symbols: +&=%", delivered.RootElement.GetProperty("Subject").GetString());
    }

    [Fact]
    public async Task Publish_ToMissingTopic_FailsWithNotFoundWithoutRetrying()
    {
        var missing = $"arn:aws:sns:{TestAws.Region}:{TestAws.Account}:{TestAws.UniqueName("missing")}";

        var error = await Assert.ThrowsAsync<SnsPublishException>(() =>
            Publisher().PublishAsync(new Notification(missing, "s", "m", new Dictionary<string, string>()), CancellationToken.None));

        Assert.Equal("SNS.NotFound", error.ErrorType);
        Assert.Equal(1, error.Attempts);
        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task FromEnvironment_WithEndpointOverride_PublishesToThatEndpoint()
    {
        var (topicArn, queueUrl, sqs) = await CreateTopicWithQueueAsync();
        var environment = new Dictionary<string, string>
        {
            ["AWS_REGION"] = TestAws.Region,
            ["AWS_ENDPOINT_URL_SNS"] = moto.Endpoint.ToString(),
            ["AWS_ACCESS_KEY_ID"] = "testing",
            ["AWS_SECRET_ACCESS_KEY"] = "testing",
        };
        var endpoint = AwsServiceEndpoint.Resolve("sns", name => environment.GetValueOrDefault(name));
        var publisher = new SnsNotificationPublisher(_http, TestAws.Credentials, endpoint, TimeProvider.System, new SeededRandomSource(1));

        await publisher.PublishAsync(new Notification(topicArn, "s", "via override", new Dictionary<string, string>()), CancellationToken.None);

        using var delivered = await ReceiveOneAsync(sqs, queueUrl);
        Assert.Equal("via override", delivered.RootElement.GetProperty("Message").GetString());
    }

    public void Dispose() => _http.Dispose();

    private SnsNotificationPublisher Publisher() => new(
        _http, TestAws.Credentials, new AwsServiceEndpoint(moto.Endpoint, TestAws.Region), TimeProvider.System, new SeededRandomSource(7));

    private async Task<(string TopicArn, string QueueUrl, AmazonSQSClient Sqs)> CreateTopicWithQueueAsync()
    {
        var sqs = new AmazonSQSClient(TestAws.Credentials, new AmazonSQSConfig { ServiceURL = moto.Endpoint.ToString(), AuthenticationRegion = TestAws.Region });
        var queueUrl = (await sqs.CreateQueueAsync(TestAws.UniqueName("notifications"))).QueueUrl;
        var attributes = await sqs.GetQueueAttributesAsync(queueUrl, ["QueueArn"]);
        var topics = new MotoSnsTopics(moto, _http);
        var topicArn = await topics.CreateTopicAsync(TestAws.UniqueName("orders"));
        await topics.SubscribeQueueAsync(topicArn, attributes.QueueARN);
        return (topicArn, queueUrl, sqs);
    }

    private static async Task<JsonDocument> ReceiveOneAsync(AmazonSQSClient sqs, string queueUrl)
    {
        var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, MaxNumberOfMessages = 10, WaitTimeSeconds = 2 });
        var message = Assert.Single(received.Messages ?? []);
        return JsonDocument.Parse(message.Body);
    }
}
