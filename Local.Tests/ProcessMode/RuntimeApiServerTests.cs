using System.Net;
using System.Text;
using OrderEvents.Local.ProcessMode;
using OrderEvents.Local.Sns;

namespace OrderEvents.Local.Tests.ProcessMode;

/// <summary>Drives the Runtime API the way a custom runtime does, with a plain HTTP client.</summary>
public sealed class RuntimeApiServerTests : IAsyncLifetime
{
    private const string Arn = "arn:aws:lambda:us-east-1:123456789012:function:ValidateOrder";
    private static readonly DateTimeOffset Deadline = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly HttpClient http = new();
    private RuntimeApiServer server = null!;

    public async Task InitializeAsync()
    {
        server = await RuntimeApiServer.StartAsync(Arn, sns: null, CancellationToken.None);
        http.BaseAddress = new Uri($"http://{server.Address}/2018-06-01/runtime/");
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Next_ReturnsTheQueuedEventWithTheLambdaHeaders()
    {
        var invocation = server.Submit("""{"orderId":"1"}"""u8.ToArray(), Deadline);

        using var next = await http.GetAsync("invocation/next");

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("""{"orderId":"1"}""", await next.Content.ReadAsStringAsync());
        Assert.Equal(invocation.RequestId, next.Headers.GetValues("Lambda-Runtime-Aws-Request-Id").Single());
        Assert.Equal(Deadline.ToUnixTimeMilliseconds().ToString(), next.Headers.GetValues("Lambda-Runtime-Deadline-Ms").Single());
        Assert.Equal(Arn, next.Headers.GetValues("Lambda-Runtime-Invoked-Function-Arn").Single());
        Assert.StartsWith("Root=1-", next.Headers.GetValues("Lambda-Runtime-Trace-Id").Single(), StringComparison.Ordinal);
        Assert.True(server.FirstPoll.IsCompleted);
    }

    [Fact]
    public async Task Response_CompletesTheInvocationWithThePayload()
    {
        var invocation = server.Submit("{}"u8.ToArray(), Deadline);
        using var next = await http.GetAsync("invocation/next");

        using var posted = await http.PostAsync($"invocation/{invocation.RequestId}/response", new StringContent("""{"ok":true}"""));

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var reply = Assert.IsType<SandboxReply.Response>(await invocation.Reply.Task);
        Assert.Equal("""{"ok":true}""", Encoding.UTF8.GetString(reply.Payload));
    }

    [Fact]
    public async Task Error_CompletesTheInvocationWithTheErrorBodyAndTypeHeader()
    {
        var invocation = server.Submit("{}"u8.ToArray(), Deadline);
        using var next = await http.GetAsync("invocation/next");
        using var content = new StringContent("""{"errorMessage":"bad","errorType":"InvalidOrder","stackTrace":[]}""");
        content.Headers.Add("Lambda-Runtime-Function-Error-Type", "InvalidOrder");

        using var posted = await http.PostAsync($"invocation/{invocation.RequestId}/error", content);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var reply = Assert.IsType<SandboxReply.FunctionError>(await invocation.Reply.Task);
        Assert.Equal("InvalidOrder", reply.ErrorTypeHeader);
        Assert.Contains("\"errorMessage\":\"bad\"", Encoding.UTF8.GetString(reply.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Response_ForAnUnknownRequestId_IsRejectedWithInvalidRequestId()
    {
        using var posted = await http.PostAsync("invocation/not-a-request/response", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("InvalidRequestID", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitError_IsReportedAsTheSandboxInitFailure()
    {
        using var content = new StringContent("""{"errorMessage":"no handler","errorType":"Runtime.InvalidEntrypoint","stackTrace":[]}""");

        using var posted = await http.PostAsync("init/error", content);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var failure = await server.InitFailure;
        Assert.Contains("Runtime.InvalidEntrypoint", Encoding.UTF8.GetString(failure.Body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invocation/nexts")]
    [InlineData("invocation/abc/result")]
    [InlineData("invocation//response")]
    [InlineData("status")]
    public async Task AnUnknownRoute_IsNotFound(string route)
    {
        using var answer = await http.PostAsync(route, new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    [Fact]
    public async Task AKnownRouteWithTheWrongMethod_IsMethodNotAllowed()
    {
        using var post = await http.PostAsync("invocation/next", new StringContent("{}"));
        using var get = await http.GetAsync("init/error");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal("GET", post.Content.Headers.Allow.Single());
        Assert.Equal("POST", get.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task Response_WithoutAContentLength_IsReadToTheEnd()
    {
        var invocation = server.Submit("{}"u8.ToArray(), Deadline);
        using var next = await http.GetAsync("invocation/next");
        using var chunked = new StreamContent(new MemoryStream("""{"chunked":true}"""u8.ToArray()));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"invocation/{invocation.RequestId}/response") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;

        using var posted = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var reply = Assert.IsType<SandboxReply.Response>(await invocation.Reply.Task);
        Assert.Equal("""{"chunked":true}""", Encoding.UTF8.GetString(reply.Payload));
    }

    [Fact]
    public async Task Publish_IsOnBehalfOfTheInvocationInFlight_AndOfNoCallerOnceItsReplyArrived()
    {
        var caller = new AsyncLocal<string?>();
        var attributed = new List<string>();
        var topics = new TopicRegistry(new TopicRegistryOptions { Published = _ => attributed.Add(caller.Value ?? "(none)") });
        var topicArn = topics.CreateTopic("OrderNotifications");
        await using var withSns = await RuntimeApiServer.StartAsync(Arn, new SnsQueryApi(topics), CancellationToken.None);
        using var function = new HttpClient { BaseAddress = new Uri($"http://{withSns.Address}") };
        caller.Value = "execution-1";
        var invocation = withSns.Submit("{}"u8.ToArray(), Deadline);
        caller.Value = null;
        using var next = await function.GetAsync("2018-06-01/runtime/invocation/next");

        using var during = await PublishAsync(function, topicArn, "during");
        using var posted = await function.PostAsync($"2018-06-01/runtime/invocation/{invocation.RequestId}/response", new StringContent("{}"));
        using var after = await PublishAsync(function, topicArn, "after");

        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(["execution-1", "(none)"], attributed);
    }

    private static Task<HttpResponseMessage> PublishAsync(HttpClient function, string topicArn, string message) =>
        function.PostAsync(SnsQueryApi.Path.TrimStart('/'), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Action"] = "Publish",
            ["TopicArn"] = topicArn,
            ["Message"] = message,
        }));

    [Fact]
    public async Task Response_LargerThanTheLambdaLimit_FailsTheInvocationWithResponseSizeTooLarge()
    {
        var invocation = server.Submit("{}"u8.ToArray(), Deadline);
        using var next = await http.GetAsync("invocation/next");
        using var client = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { ReceiveTimeout = 10_000 };
        await client.ConnectAsync(IPEndPoint.Parse(server.Address));

        // Only the head is sent: a body over 6 MB is never read.
        await client.SendAsync(Encoding.ASCII.GetBytes(
            $"POST /2018-06-01/runtime/invocation/{invocation.RequestId}/response HTTP/1.1\r\nContent-Length: {6 * 1024 * 1024 + 1}\r\n\r\n"));
        var buffer = new byte[4096];
        var received = await client.ReceiveAsync(buffer);

        Assert.StartsWith("HTTP/1.1 413 ", Encoding.ASCII.GetString(buffer, 0, received), StringComparison.Ordinal);
        var reply = Assert.IsType<SandboxReply.FunctionError>(await invocation.Reply.Task);
        Assert.Equal("Function.ResponseSizeTooLarge", reply.ErrorTypeHeader);
        Assert.Contains("6291456 bytes", Encoding.UTF8.GetString(reply.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterDispose_SubmitFailsWithAClearMessage()
    {
        await server.DisposeAsync();

        var error = Assert.Throws<InvalidOperationException>(() => server.Submit("{}"u8.ToArray(), Deadline));
        Assert.Equal("The function sandbox is shut down.", error.Message);
    }
}
