using System.Text;
using Microsoft.Extensions.Time.Testing;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Logging;
using OrderEvents.Handlers.Runtime;
using OrderEvents.Handlers.Tests.Support;

namespace OrderEvents.Handlers.Tests.Runtime;

public sealed class InvocationLoopTests : IAsyncLifetime
{
    private const string Invocation = "/2018-06-01/runtime/invocation/";

    private readonly FakeRuntimeApi _server = new();
    private readonly FakeTimeProvider _time = new(Invocations.Now);
    private readonly FakeEnvironment _environment = new();
    private readonly CapturingLogSink _log = new();
    private readonly CancellationTokenSource _stop = new();
    private RuntimeApiClient? _api;
    private Task? _running;

    private long InOneMinute => _time.GetUtcNow().AddMinutes(1).ToUnixTimeMilliseconds();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
        {
            await _running;
        }

        _api?.Dispose();
        await _server.DisposeAsync();
        _stop.Dispose();
    }

    [Fact]
    public async Task Success_PostsTheResultToTheResponseEndpoint()
    {
        Start(Validate());
        _server.Enqueue(new FakeInvocation("req-1", Event(Invocations.MinimalOrder), InOneMinute));

        var post = await _server.NextPostAsync();

        Assert.Equal(Invocation + "req-1/response", post.Path);
        Assert.Equal("Order Validated", post.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task HandlerError_PostsTheLambdaErrorDocument_WithTheErrorTypeHeader()
    {
        Start(Validate());
        _server.Enqueue(new FakeInvocation("req-2", Event("""{"orderId":"12345"}"""), InOneMinute));

        var post = await _server.NextPostAsync();

        Assert.Equal(Invocation + "req-2/error", post.Path);
        Assert.Equal("application/vnd.aws.lambda.error+json", post.ContentType);
        Assert.Equal("InvalidOrder", post.Headers["Lambda-Runtime-Function-Error-Type"]);
        Assert.Equal("InvalidOrder", post.Json.GetProperty("errorType").GetString());
        Assert.Equal("The order is invalid: customer is required.", post.Json.GetProperty("errorMessage").GetString());
        Assert.Equal(0, post.Json.GetProperty("stackTrace").GetArrayLength());
    }

    [Fact]
    public async Task UnexpectedException_IsReportedWithItsTypeNameAndStack()
    {
        Start(new ThrowingFunction(new InvalidOperationException("boom")));
        _server.Enqueue(new FakeInvocation("req-3", "{}"u8.ToArray(), InOneMinute));

        var post = await _server.NextPostAsync();

        Assert.Equal("InvalidOperationException", post.Json.GetProperty("errorType").GetString());
        Assert.Equal("boom", post.Json.GetProperty("errorMessage").GetString());
        Assert.NotEqual(0, post.Json.GetProperty("stackTrace").GetArrayLength());
    }

    [Fact]
    public async Task MalformedEvent_FailsThatInvocation_AndTheNextOneStillRuns()
    {
        Start(Validate());
        _server.Enqueue(new FakeInvocation("bad", "this is not json"u8.ToArray(), InOneMinute));
        _server.Enqueue(new FakeInvocation("good", Event(Invocations.MinimalOrder), InOneMinute));

        var first = await _server.NextPostAsync();
        var second = await _server.NextPostAsync();

        Assert.Equal(Invocation + "bad/error", first.Path);
        Assert.StartsWith("The order is invalid: the event is not valid JSON", first.Json.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal(Invocation + "good/response", second.Path);
    }

    [Fact]
    public async Task InvocationWithoutRequestId_IsSkippedAndLogged_AndTheNextOneStillRuns()
    {
        Start(Validate());
        _server.Enqueue(new FakeInvocation(null, Event(Invocations.MinimalOrder), InOneMinute));
        _server.Enqueue(new FakeInvocation("next", Event(Invocations.MinimalOrder), InOneMinute));

        var post = await _server.NextPostAsync();

        Assert.Equal(Invocation + "next/response", post.Path);
        Assert.Equal("ERROR", _log.Single("Skipped an invocation without a request id").GetProperty("level").GetString());
    }

    [Fact]
    public async Task DeadlineExceeded_CancelsTheHandler_AndReportsTheTimeout()
    {
        var function = new WaitingFunction();
        Start(function);
        _server.Enqueue(new FakeInvocation("slow", "{}"u8.ToArray(), _time.GetUtcNow().AddSeconds(3).ToUnixTimeMilliseconds()));
        await function.Started.WaitAsync(TimeSpan.FromSeconds(15));

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(function.Cancelled.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));

        var post = await _server.NextPostAsync();
        Assert.Equal(Invocation + "slow/error", post.Path);
        Assert.Equal("Runtime.DeadlineExceeded", post.Json.GetProperty("errorType").GetString());
        Assert.Equal("Runtime.DeadlineExceeded", post.Headers["Lambda-Runtime-Function-Error-Type"]);
        Assert.True(function.Cancelled.IsCompleted);
    }

    [Fact]
    public async Task Context_CarriesRequestIdArnDeadlineAndTrace_AndTheTraceGoesToTheEnvironment()
    {
        var function = new RecordingFunction(_environment);
        Start(function);
        var deadline = InOneMinute;
        _server.Enqueue(new FakeInvocation("req-7", "{}"u8.ToArray(), deadline, "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"));

        await _server.NextPostAsync();

        var context = Assert.Single(function.Contexts);
        Assert.Equal("req-7", context.RequestId);
        Assert.Equal("Recording", context.FunctionName);
        Assert.Equal("arn:aws:lambda:eu-west-1:123456789012:function:ValidateOrder", context.InvokedFunctionArn);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(deadline), context.Deadline);
        Assert.Equal("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1", context.TraceId);
        Assert.Equal("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1", function.TraceSeen);
    }

    [Fact]
    public async Task InvocationWithoutTrace_ClearsThePreviousTrace()
    {
        var function = new RecordingFunction(_environment);
        Start(function);
        _server.Enqueue(new FakeInvocation("a", "{}"u8.ToArray(), InOneMinute, "Root=1-a"));
        _server.Enqueue(new FakeInvocation("b", "{}"u8.ToArray(), InOneMinute));

        await _server.NextPostAsync();
        await _server.NextPostAsync();

        Assert.Null(function.TraceSeen);
    }

    [Fact]
    public async Task MissingDeadline_RunsWithoutOne_AndWarns()
    {
        Start(Validate());
        _server.Enqueue(new FakeInvocation("no-deadline", Event(Invocations.MinimalOrder), DeadlineMs: null));

        var post = await _server.NextPostAsync();

        Assert.Equal(Invocation + "no-deadline/response", post.Path);
        Assert.Equal("WARN", _log.Single("Invocation has no usable deadline; running without one").GetProperty("level").GetString());
    }

    [Fact]
    public async Task FailingPostOfAResult_IsLogged_AndTheLoopContinues()
    {
        _server.FailNextPosts(1);
        Start(Validate());
        _server.Enqueue(new FakeInvocation("lost", Event(Invocations.MinimalOrder), InOneMinute));
        _server.Enqueue(new FakeInvocation("kept", Event(Invocations.MinimalOrder), InOneMinute));

        var lost = await _server.NextPostAsync();
        var kept = await _server.NextPostAsync();

        Assert.Equal(Invocation + "lost/response", lost.Path);
        Assert.Equal(Invocation + "kept/response", kept.Path);
        var line = _log.Single("Could not post the invocation result");
        Assert.Equal("lost", line.GetProperty("requestId").GetString());
        Assert.Contains("500", line.GetProperty("fields").GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyInvocations_AreServedInOrder_OnOneLoop()
    {
        Start(Validate());
        for (var i = 0; i < 20; i++)
        {
            _server.Enqueue(new FakeInvocation($"r{i}", Event(Invocations.MinimalOrder), InOneMinute));
        }

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal($"{Invocation}r{i}/response", (await _server.NextPostAsync()).Path);
        }
    }

    private void Start(IFunctionHandler function)
    {
        _api = new RuntimeApiClient(_server.Address);
        var loop = new InvocationLoop(_api, function, _environment, _time, new StructuredLog(_log, _time, function.Name));
        _running = loop.RunAsync(_stop.Token);
    }

    private IFunctionHandler Validate() =>
        FunctionCatalog.Create(FunctionNames.ValidateOrder, Invocations.Dependencies(_time));

    private static byte[] Event(string detail) => Encoding.UTF8.GetBytes(Invocations.Envelope(detail));

    private sealed class ThrowingFunction(Exception exception) : IFunctionHandler
    {
        public string Name => "Throwing";

        public ValueTask<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken cancellationToken) =>
            ValueTask.FromException<byte[]>(exception);
    }

    private sealed class WaitingFunction : IFunctionHandler
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "Waiting";

        public Task Started => _started.Task;

        public Task Cancelled => _cancelled.Task;

        public async ValueTask<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken cancellationToken)
        {
            using var registration = cancellationToken.Register(() => _cancelled.TrySetResult());
            _started.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return [];
        }
    }

    private sealed class RecordingFunction(FakeEnvironment environment) : IFunctionHandler
    {
        private readonly List<InvocationContext> _contexts = [];

        public string Name => "Recording";

        public IReadOnlyList<InvocationContext> Contexts => _contexts;

        public string? TraceSeen { get; private set; }

        public ValueTask<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken cancellationToken)
        {
            _contexts.Add(context);
            TraceSeen = environment.GetVariable("_X_AMZN_TRACE_ID");
            return ValueTask.FromResult("{}"u8.ToArray());
        }
    }
}
