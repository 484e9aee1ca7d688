using OrderEvents.Handlers.Aws;
using OrderEvents.Handlers.Aws.Retries;
using OrderEvents.Handlers.Aws.Sns;
using OrderEvents.Handlers.IntegrationTests.Infrastructure;
using OrderEvents.Handlers.Notifications;

namespace OrderEvents.Handlers.IntegrationTests.Aws.Sns;

public sealed class SnsNotificationPublisherFaultTests : IDisposable
{
    private const string TopicArn = "arn:aws:sns:us-east-1:123456789012:orders";
    private const string Published = "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult><MessageId>msg-42</MessageId></PublishResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></PublishResponse>";
    private static readonly Notification Confirmation = new(TopicArn, "Order ord-1 confirmed", "Thanks!", new Dictionary<string, string> { ["orderId"] = "ord-1" });

    private readonly HttpClient _http = new();
    private readonly SteppingTimeProvider _time = new();

    [Fact]
    public async Task Publish_ThrottledThenAccepted_RetriesAfterBackoffAndReturnsMessageId()
    {
        await using var sns = new StubHttpServer((_, number) => number == 1 ? StubResponse.Xml(400, Error("Sender", "Throttling", "Rate exceeded")) : StubResponse.Xml(200, Published));

        var messageId = await _time.RunAsync(Publisher(sns.Endpoint).PublishAsync(Confirmation, CancellationToken.None));

        Assert.Equal("msg-42", messageId);
        Assert.Equal(2, sns.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(50)], _time.Delays);
    }

    [Fact]
    public async Task Publish_PersistentServerError_FailsTypedAfterBoundedExponentialRetries()
    {
        await using var sns = new StubHttpServer((_, _) => StubResponse.Xml(500, Error("Receiver", "InternalError", "Something broke")));

        var error = await Assert.ThrowsAsync<SnsPublishException>(() => _time.RunAsync(Publisher(sns.Endpoint).PublishAsync(Confirmation, CancellationToken.None)));

        Assert.Equal("SNS.InternalError", error.ErrorType);
        Assert.Equal(500, error.StatusCode);
        Assert.Equal(3, error.Attempts);
        Assert.Contains("Something broke", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, sns.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100)], _time.Delays);
    }

    [Fact]
    public async Task Publish_TooManyRequestsWithoutXml_IsRetriedUntilAccepted()
    {
        await using var sns = new StubHttpServer((_, number) => number < 3 ? new StubResponse(429, "slow down", "text/plain") : StubResponse.Xml(200, Published));

        var messageId = await _time.RunAsync(Publisher(sns.Endpoint).PublishAsync(Confirmation, CancellationToken.None));

        Assert.Equal("msg-42", messageId);
        Assert.Equal(3, sns.Requests.Count);
    }

    [Theory]
    [InlineData(404, "NotFound", "Topic does not exist")]
    [InlineData(400, "InvalidParameter", "Invalid parameter: TopicArn")]
    [InlineData(403, "AuthorizationError", "User is not authorized")]
    public async Task Publish_ClientError_FailsAtOnceWithTheSnsCode(int status, string code, string message)
    {
        await using var sns = new StubHttpServer((_, _) => StubResponse.Xml(status, Error("Sender", code, message)));

        var error = await Assert.ThrowsAsync<SnsPublishException>(() => _time.RunAsync(Publisher(sns.Endpoint).PublishAsync(Confirmation, CancellationToken.None)));

        Assert.Equal("SNS." + code, error.ErrorType);
        Assert.Equal(code, error.Code);
        Assert.Equal(status, error.StatusCode);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Single(sns.Requests);
        Assert.Empty(_time.Delays);
    }

    [Theory]
    [InlineData("<PublishResponse><PublishResult>")]
    [InlineData("{\"MessageId\":\"not xml\"}")]
    [InlineData("<PublishResponse><PublishResult><MessageId></MessageId></PublishResult></PublishResponse>")]
    [InlineData("")]
    public async Task Publish_AcceptedWithMalformedBody_FailsWithMalformedResponseWithoutRepublishing(string body)
    {
        await using var sns = new StubHttpServer((_, _) => StubResponse.Xml(200, body));

        var error = await Assert.ThrowsAsync<SnsPublishException>(() => _time.RunAsync(Publisher(sns.Endpoint).PublishAsync(Confirmation, CancellationToken.None)));

        Assert.Equal("SNS.MalformedResponse", error.ErrorType);
        Assert.Contains("HTTP 200", error.Message, StringComparison.Ordinal);
        Assert.Single(sns.Requests);
    }

    [Fact]
    public async Task Publish_GatewayErrorPageEveryTime_FailsWithMalformedResponseAfterRetries()
    {
        await using var sns = new StubHttpServer((_, _) => new StubResponse(502, "<html><body>Bad Gateway</body></html>", "text/html"));

        var error = await Assert.ThrowsAsync<SnsPublishException>(() => _time.RunAsync(Publisher(sns.Endpoint).PublishAsync(Confirmation, CancellationToken.None)));

        Assert.Equal("SNS.MalformedResponse", error.ErrorType);
        Assert.Equal(502, error.StatusCode);
        Assert.Equal(3, sns.Requests.Count);
    }

    [Fact]
    public async Task Publish_UnreachableEndpoint_FailsWithUnreachableAfterRetries()
    {
        var closed = new Uri($"http://127.0.0.1:{MotoServer.FreePort()}/");

        var error = await Assert.ThrowsAsync<SnsPublishException>(() => _time.RunAsync(Publisher(closed).PublishAsync(Confirmation, CancellationToken.None)));

        Assert.Equal("SNS.Unreachable", error.ErrorType);
        Assert.Equal(3, error.Attempts);
        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(2, _time.Delays.Count);
    }

    [Fact]
    public async Task Publish_EndpointThatNeverAnswers_FailsWithUnreachableAfterEachAttemptTimesOut()
    {
        var never = new TaskCompletionSource<StubResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thirdReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var sns = new StubHttpServer((_, number) =>
        {
            if (number == 3)
            {
                thirdReceived.TrySetResult();
            }

            return never.Task;
        });
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(200) };
        var publisher = new SnsNotificationPublisher(impatient, TestAws.Credentials, new AwsServiceEndpoint(sns.Endpoint, TestAws.Region), _time, new FixedRandomSource(0.5));

        var error = await Assert.ThrowsAsync<SnsPublishException>(() => _time.RunAsync(publisher.PublishAsync(Confirmation, CancellationToken.None)));
        never.SetResult(StubResponse.Xml(200, Published));

        Assert.Equal("SNS.Unreachable", error.ErrorType);
        Assert.Equal(3, error.Attempts);

        // The client gives up on its own clock; the stub may still be reading the last request.
        await thirdReceived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(3, sns.Requests.Count);
    }

    [Fact]
    public async Task Publish_CancelledByTheCaller_StopsWithoutRetrying()
    {
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource<StubResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var sns = new StubHttpServer((_, _) =>
        {
            received.TrySetResult();
            return never.Task;
        });
        using var cancellation = new CancellationTokenSource();

        var publish = Publisher(sns.Endpoint).PublishAsync(Confirmation, cancellation.Token);
        await received.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => publish);
        never.SetResult(StubResponse.Xml(200, Published));
        Assert.Single(sns.Requests);
        Assert.Empty(_time.Delays);
    }

    [Fact]
    public async Task Publish_SendsSignedQueryFormWithSortedAttributes()
    {
        await using var sns = new StubHttpServer((_, _) => StubResponse.Xml(200, Published));
        var notification = Confirmation with { Attributes = new Dictionary<string, string> { ["b"] = "2", ["a"] = "1 & 1" } };

        await _time.RunAsync(Publisher(sns.Endpoint).PublishAsync(notification, CancellationToken.None));

        var request = Assert.Single(sns.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(
            "Action=Publish&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A123456789012%3Aorders&Message=Thanks%21"
            + "&Subject=Order%20ord-1%20confirmed"
            + "&MessageAttributes.entry.1.Name=a&MessageAttributes.entry.1.Value.DataType=String&MessageAttributes.entry.1.Value.StringValue=1%20%26%201"
            + "&MessageAttributes.entry.2.Name=b&MessageAttributes.entry.2.Value.DataType=String&MessageAttributes.entry.2.Value.StringValue=2",
            request.BodyText);
        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", request.Headers["Content-Type"]);
        Assert.Equal("20260314T092653Z", request.Headers["X-Amz-Date"]);
        Assert.StartsWith(
            "AWS4-HMAC-SHA256 Credential=testing/20260314/us-east-1/sns/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=",
            request.Headers["Authorization"],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_InvalidNotification_IsRejectedBeforeAnythingIsSent()
    {
        await using var sns = new StubHttpServer((_, _) => StubResponse.Xml(200, Published));

        var error = await Assert.ThrowsAsync<SnsPublishException>(() =>
            Publisher(sns.Endpoint).PublishAsync(Confirmation with { Subject = new string('s', 100) }, CancellationToken.None));

        Assert.Equal("SNS.InvalidParameter", error.ErrorType);
        Assert.Equal(0, error.Attempts);
        Assert.Empty(sns.Requests);
    }

    public void Dispose() => _http.Dispose();

    private SnsNotificationPublisher Publisher(Uri endpoint) => new(
        _http,
        TestAws.Credentials,
        new AwsServiceEndpoint(endpoint, TestAws.Region),
        _time,
        new FixedRandomSource(0.5),
        RetryBackoff.Default);

    private static string Error(string type, string code, string message) =>
        $"<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>{type}</Type><Code>{code}</Code><Message>{message}</Message></Error><RequestId>r-9</RequestId></ErrorResponse>";
}
