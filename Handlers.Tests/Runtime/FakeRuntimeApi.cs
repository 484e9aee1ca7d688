using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Channels;

namespace OrderEvents.Handlers.Tests.Runtime;

/// <summary>An invocation the fake Runtime API hands out; null headers are omitted.</summary>
internal sealed record FakeInvocation(string? RequestId, byte[] Body, long? DeadlineMs, string? TraceId = null)
{
    public string FunctionArn { get; init; } = "arn:aws:lambda:eu-west-1:123456789012:function:ValidateOrder";
}

/// <summary>A POST the runtime made to the fake Runtime API.</summary>
internal sealed record RecordedPost(string Path, string? ContentType, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

/// <summary>
/// A small in-process Lambda Runtime API on 127.0.0.1 and a free port: <c>GET .../invocation/next</c> waits for an
/// enqueued invocation; every POST is recorded and answered 202 (or 500 when told to fail).
/// </summary>
internal sealed class FakeRuntimeApi : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly HttpListener _listener = new();
    private readonly Channel<FakeInvocation> _invocations = Channel.CreateUnbounded<FakeInvocation>();
    private readonly Channel<RecordedPost> _posts = Channel.CreateUnbounded<RecordedPost>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private readonly TaskCompletionSource _postsAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _failingPosts;
    private volatile bool _holdingPostAnswers;

    public FakeRuntimeApi()
    {
        var port = FreePort();
        Address = $"127.0.0.1:{port}";
        _listener.Prefixes.Add($"http://{Address}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The value for <c>AWS_LAMBDA_RUNTIME_API</c>.</summary>
    public string Address { get; }

    public void Enqueue(FakeInvocation invocation) => _invocations.Writer.TryWrite(invocation);

    /// <summary>Answers the next <paramref name="count"/> POSTs with 500.</summary>
    public void FailNextPosts(int count) => Volatile.Write(ref _failingPosts, count);

    /// <summary>Records POSTs but answers none of them until the server is disposed.</summary>
    public void HoldPostAnswers() => _holdingPostAnswers = true;

    /// <summary>The next recorded POST; fails the test instead of hanging if none arrives.</summary>
    public async Task<RecordedPost> NextPostAsync() => await _posts.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    public bool HasMorePosts => _posts.Reader.TryPeek(out _);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _postsAnswered.TrySetResult();
        _listener.Close();
        await _serving;
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            if (context.Request.HttpMethod == "GET" && context.Request.Url!.AbsolutePath == "/2018-06-01/runtime/invocation/next")
            {
                var invocation = await _invocations.Reader.ReadAsync(_stop.Token);
                WriteHeaders(context.Response, invocation);
                context.Response.StatusCode = 200;
                await context.Response.OutputStream.WriteAsync(invocation.Body, _stop.Token);
            }
            else if (context.Request.HttpMethod == "POST")
            {
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body, _stop.Token);
                var headers = context.Request.Headers.AllKeys.ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
                _posts.Writer.TryWrite(new RecordedPost(context.Request.Url!.AbsolutePath, context.Request.ContentType, headers, body.ToArray()));
                context.Response.StatusCode = Interlocked.Decrement(ref _failingPosts) >= 0 ? 500 : 202;
                if (_holdingPostAnswers)
                {
                    await _postsAnswered.Task;
                }
            }
            else
            {
                context.Response.StatusCode = 404;
            }

            context.Response.Close();
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException)
        {
            // The runtime under test hung up or the server is stopping.
        }
    }

    private static void WriteHeaders(HttpListenerResponse response, FakeInvocation invocation)
    {
        if (invocation.RequestId is { } id)
        {
            response.AddHeader("Lambda-Runtime-Aws-Request-Id", id);
        }

        if (invocation.DeadlineMs is { } deadline)
        {
            response.AddHeader("Lambda-Runtime-Deadline-Ms", deadline.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (invocation.TraceId is { } trace)
        {
            response.AddHeader("Lambda-Runtime-Trace-Id", trace);
        }

        response.AddHeader("Lambda-Runtime-Invoked-Function-Arn", invocation.FunctionArn);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
