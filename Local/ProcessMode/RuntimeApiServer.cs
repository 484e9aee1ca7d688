using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using OrderEvents.Local.ProcessMode.Http;

namespace OrderEvents.Local.ProcessMode;

/// <summary>
/// The Lambda Runtime API (<c>/2018-06-01/runtime/...</c>) for one function process, on loopback.
/// It hands queued events to <c>GET /invocation/next</c> and completes them from the process's
/// response or error posts, as the Lambda service and the Runtime Interface Emulator do.
/// </summary>
internal sealed class RuntimeApiServer : IAsyncDisposable
{
    private const string Prefix = "/2018-06-01/runtime";
    private const string NextPath = Prefix + "/invocation/next";
    private const string InvocationPrefix = Prefix + "/invocation/";
    private const string InitErrorPath = Prefix + "/init/error";
    private const int MaxResponseBytes = 6 * 1024 * 1024;
    private const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";

    private static readonly byte[] Accepted = """{"status":"OK"}"""u8.ToArray();

    private readonly string functionArn;
    private readonly SnsQueryApi? sns;
    private readonly BlockingCollection<PendingInvocation> queue = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<string, PendingInvocation> inFlight = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource firstPoll = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<SandboxReply.FunctionError> initFailure = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly LoopbackHttpServer http;

    private volatile PendingInvocation? current;
    private volatile SandboxReply? failure;

    private RuntimeApiServer(string functionArn, SnsQueryApi? sns)
    {
        this.functionArn = functionArn;
        this.sns = sns;
        http = LoopbackHttpServer.Start(Route, MaxResponseBytes);
    }

    /// <summary>The value for <c>AWS_LAMBDA_RUNTIME_API</c> (<c>127.0.0.1:port</c>).</summary>
    public string Address => http.Address;

    /// <summary>Completes when the process first asks for an event (the end of its init phase).</summary>
    public Task FirstPoll => firstPoll.Task;

    /// <summary>Completes when the process reports an init error.</summary>
    public Task<SandboxReply.FunctionError> InitFailure => initFailure.Task;

    /// <param name="sns">Also serves this SNS API at <see cref="SnsQueryApi.Path"/>, on behalf of the invocation in flight.</param>
    public static Task<RuntimeApiServer> StartAsync(string functionArn, SnsQueryApi? sns, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new RuntimeApiServer(functionArn, sns));
    }

    /// <summary>Queues one event for the process and returns the invocation to await.</summary>
    public PendingInvocation Submit(ReadOnlyMemory<byte> payload, DateTimeOffset deadline)
    {
        var invocation = new PendingInvocation(Guid.NewGuid().ToString(), payload, deadline);
        inFlight[invocation.RequestId] = invocation;
        try
        {
            queue.Add(invocation);
        }
        catch (InvalidOperationException)
        {
            inFlight.TryRemove(invocation.RequestId, out _);
            throw new InvalidOperationException("The function sandbox is shut down.");
        }

        if (failure is { } reply)
        {
            FailInFlight(reply);
        }

        return invocation;
    }

    /// <summary>Completes every pending invocation, and every later one, with <paramref name="reply"/>: the runtime is gone.</summary>
    public void FailInFlight(SandboxReply reply)
    {
        failure ??= reply;
        foreach (var invocation in inFlight.Values)
        {
            if (inFlight.TryRemove(invocation.RequestId, out _))
            {
                invocation.Reply.TrySetResult(failure);
            }
        }
    }

    /// <summary>Forgets an invocation that ended without a reply (timeout or crash).</summary>
    public void Abandon(PendingInvocation invocation) => inFlight.TryRemove(invocation.RequestId, out _);

    public ValueTask DisposeAsync()
    {
        queue.CompleteAdding();
        stopping.Cancel();
        http.Dispose();
        return ValueTask.CompletedTask;
    }

    internal static byte[] ErrorBody(string errorType, string message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("errorMessage", message);
            writer.WriteString("errorType", errorType);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private LoopbackHttpResponse Route(LoopbackHttpRequest request)
    {
        var path = request.Path;
        if (path == NextPath)
        {
            return request.Method == "GET" ? Next() : MethodNotAllowed("GET");
        }

        if (path == InitErrorPath)
        {
            return request.Method == "POST" ? InitError(request) : MethodNotAllowed("POST");
        }

        if (sns is not null && path == SnsQueryApi.Path)
        {
            return request.Method == "POST" ? Publish(request) : MethodNotAllowed("POST");
        }

        if (InvocationResult(path) is var (requestId, isError) && requestId.Length > 0)
        {
            return request.Method == "POST" ? Complete(request, requestId, isError) : MethodNotAllowed("POST");
        }

        return Status(404, "NotFound", $"No Runtime API route {request.Method} {path}.");
    }

    /// <returns>The request id and whether it is the error route, for <c>/invocation/{id}/response|error</c>; otherwise null.</returns>
    private static (string RequestId, bool IsError)? InvocationResult(string path)
    {
        if (!path.StartsWith(InvocationPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path[InvocationPrefix.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || rest.IndexOf('/', slash + 1) >= 0)
        {
            return null;
        }

        return rest[(slash + 1)..] switch
        {
            "response" => (Uri.UnescapeDataString(rest[..slash]), false),
            "error" => (Uri.UnescapeDataString(rest[..slash]), true),
            _ => null,
        };
    }

    private LoopbackHttpResponse Next()
    {
        firstPoll.TrySetResult();
        PendingInvocation invocation;
        try
        {
            // A function whose connection dies while it waits here has died itself; its sandbox fails what it had.
            invocation = queue.Take(stopping.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException)
        {
            return LoopbackHttpResponse.Json(410, []);
        }

        current = invocation;
        return new LoopbackHttpResponse(200, "application/json", invocation.Payload.ToArray())
        {
            Headers =
            [
                new("Lambda-Runtime-Aws-Request-Id", invocation.RequestId),
                new("Lambda-Runtime-Deadline-Ms", invocation.Deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
                new("Lambda-Runtime-Invoked-Function-Arn", functionArn),
                new("Lambda-Runtime-Trace-Id", TraceHeader(invocation)),
            ],
        };
    }

    private LoopbackHttpResponse Complete(LoopbackHttpRequest request, string requestId, bool isError)
    {
        if (!inFlight.TryRemove(requestId, out var invocation))
        {
            return Status(400, "InvalidRequestID", "Invalid request ID: " + requestId);
        }

        // Calls the function makes from now on (e.g. SNS) are no longer on behalf of this invocation's caller.
        if (ReferenceEquals(current, invocation))
        {
            current = null;
        }

        if (request.BodyTooLarge)
        {
            var tooLarge = ErrorBody("Function.ResponseSizeTooLarge", $"Response payload size exceeded maximum allowed payload size ({MaxResponseBytes} bytes).");
            invocation.Reply.TrySetResult(new SandboxReply.FunctionError(tooLarge, "Function.ResponseSizeTooLarge"));
            return Status(413, "RequestEntityTooLarge", "Response payload too large.");
        }

        SandboxReply reply = isError
            ? new SandboxReply.FunctionError(request.Body, request.Header(ErrorTypeHeader))
            : new SandboxReply.Response(request.Body);

        // The function gets its 202 first, so it is already asking for the next event while the caller goes on.
        return LoopbackHttpResponse.Json(202, Accepted) with { Sent = () => invocation.Reply.TrySetResult(reply) };
    }

    private LoopbackHttpResponse InitError(LoopbackHttpRequest request)
    {
        var error = new SandboxReply.FunctionError(request.Body, request.Header(ErrorTypeHeader));
        initFailure.TrySetResult(error);
        FailInFlight(error);
        return LoopbackHttpResponse.Json(202, Accepted);
    }

    /// <summary>Runs the SNS call in the context of the invocation in flight, as the function makes it for that caller.</summary>
    private LoopbackHttpResponse Publish(LoopbackHttpRequest request)
    {
        if (current?.CallerContext is not { } caller)
        {
            return sns!.Handle(request);
        }

        LoopbackHttpResponse? response = null;
        ExecutionContext.Run(caller, _ => response = sns!.Handle(request), null);
        return response!;
    }

    /// <summary>An X-Ray trace header (<c>Root=1-{epoch hex}-{24 hex}</c>) derived from the request id.</summary>
    private static string TraceHeader(PendingInvocation invocation)
    {
        var epoch = invocation.Deadline.ToUnixTimeSeconds().ToString("x8", CultureInfo.InvariantCulture);
        var unique = invocation.RequestId.Replace("-", "", StringComparison.Ordinal)[..24];
        return $"Root=1-{epoch}-{unique};Sampled=0";
    }

    private static LoopbackHttpResponse MethodNotAllowed(string allowed) =>
        Status(405, "MethodNotAllowed", "This route accepts " + allowed + " only.") with { Headers = [new("Allow", allowed)] };

    private static LoopbackHttpResponse Status(int statusCode, string errorType, string message) =>
        LoopbackHttpResponse.Json(statusCode, ErrorBody(errorType, message));
}
