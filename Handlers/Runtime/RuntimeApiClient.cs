using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OrderEvents.Handlers.Runtime;

/// <summary>
/// A client of the Lambda Runtime API (version 2018-06-01) at <c>http://{AWS_LAMBDA_RUNTIME_API}</c>: fetch the next
/// invocation, post its response or error, or post an initialization error.
/// </summary>
/// <remarks>
/// Calls are made one at a time over one keep-alive connection with blocking socket calls (the returned tasks are
/// already complete): the thread waiting for the next event is the one it wakes. Cancelling the token closes the
/// connection, which ends a blocked call at once.
/// </remarks>
public sealed class RuntimeApiClient : IDisposable
{
    public const string RequestIdHeader = "Lambda-Runtime-Aws-Request-Id";
    public const string DeadlineHeader = "Lambda-Runtime-Deadline-Ms";
    public const string FunctionArnHeader = "Lambda-Runtime-Invoked-Function-Arn";
    public const string TraceIdHeader = "Lambda-Runtime-Trace-Id";
    public const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";

    private readonly string _host;
    private readonly EndPoint _endpoint;
    private readonly byte[] _nextRequest;
    private readonly Lock _gate = new();
    private RuntimeApiConnection? _connection;

    /// <param name="runtimeApi">The value of <c>AWS_LAMBDA_RUNTIME_API</c>, <c>host:port</c>.</param>
    public RuntimeApiClient(string runtimeApi)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runtimeApi);
        _host = runtimeApi.Trim();
        _endpoint = ParseEndpoint(_host);
        _nextRequest = Head("GET", "invocation/next", null, 0, null);
    }

    /// <summary>Waits for the next event (<c>GET /runtime/invocation/next</c>).</summary>
    public Task<RuntimeInvocation> NextAsync(CancellationToken cancellationToken) => Complete(() =>
    {
        var response = Send(_nextRequest, null, "GET /runtime/invocation/next", cancellationToken);
        return new RuntimeInvocation(
            response.Header(RequestIdHeader),
            response.Header(DeadlineHeader),
            response.Header(FunctionArnHeader),
            response.Header(TraceIdHeader),
            response.Body);
    });

    /// <summary>Posts a successful result (<c>POST /runtime/invocation/{id}/response</c>).</summary>
    public Task PostResponseAsync(string requestId, byte[] result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Complete(() => Send(
            Head("POST", InvocationPath(requestId, "/response"), "application/json", result.Length, null),
            result,
            "POST /runtime/invocation/{id}/response",
            cancellationToken));
    }

    /// <summary>Reports a failed invocation (<c>POST /runtime/invocation/{id}/error</c>).</summary>
    public Task PostErrorAsync(string requestId, ErrorReport error, CancellationToken cancellationToken) =>
        PostErrorAsync(InvocationPath(requestId, "/error"), error, "POST /runtime/invocation/{id}/error", cancellationToken);

    /// <summary>Reports that the function could not start (<c>POST /runtime/init/error</c>); Lambda then ends the environment.</summary>
    public Task PostInitErrorAsync(ErrorReport error, CancellationToken cancellationToken) =>
        PostErrorAsync("init/error", error, "POST /runtime/init/error", cancellationToken);

    /// <summary>Closes the connection; a call blocked on it ends at once.</summary>
    public void Dispose() => Interlocked.Exchange(ref _connection, null)?.Dispose();

    private Task PostErrorAsync(string path, ErrorReport error, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Complete(() =>
        {
            var body = error.ToJson();
            return Send(Head("POST", path, ErrorReport.ContentType, body.Length, error.ErrorType), body, name, cancellationToken);
        });
    }

    /// <summary>Runs the blocking call and hands back its result or failure as a completed task.</summary>
    private static Task<T> Complete<T>(Func<T> call)
    {
        try
        {
            return Task.FromResult(call());
        }
#pragma warning disable CA1031 // The failure is the task's, as it would be from an asynchronous call.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return exception is OperationCanceledException { CancellationToken.IsCancellationRequested: true } canceled
                ? Task.FromCanceled<T>(canceled.CancellationToken)
                : Task.FromException<T>(exception);
        }
    }

    /// <exception cref="OperationCanceledException">The token was cancelled before or during the call.</exception>
    /// <exception cref="HttpRequestException">The Runtime API cannot be reached or answered malformed HTTP.</exception>
    /// <exception cref="RuntimeApiException">The Runtime API answered with a status other than 2xx.</exception>
    private RuntimeApiResponse Send(byte[] head, byte[]? body, string name, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var response = SendOnce(head, body, name, cancellationToken, retryOnStaleConnection: true);
            if (!response.IsSuccess)
            {
                throw new RuntimeApiException(name, (HttpStatusCode)response.StatusCode, Encoding.UTF8.GetString(response.Body));
            }

            return response;
        }
    }

    private RuntimeApiResponse SendOnce(byte[] head, byte[]? body, string name, CancellationToken cancellationToken, bool retryOnStaleConnection)
    {
        var reused = _connection is not null;
        RuntimeApiConnection connection;
        try
        {
            connection = _connection ??= RuntimeApiConnection.Open(_endpoint);
        }
        catch (SocketException e)
        {
            throw new HttpRequestException($"{name}: cannot connect to the Runtime API at {_host} ({e.SocketErrorCode}).", e);
        }

        try
        {
            // Closing the connection is how a blocking call is interrupted.
            using (cancellationToken.Register(static state => ((RuntimeApiConnection)state!).Dispose(), connection))
            {
                var response = connection.Exchange(head, body);
                if (!connection.IsReusable)
                {
                    Drop();
                }

                return response;
            }
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException)
        {
            Drop();
            cancellationToken.ThrowIfCancellationRequested();

            // A kept-alive connection the server had already closed: the request never reached it, so send it again.
            if (reused && retryOnStaleConnection && !connection.Answered)
            {
                return SendOnce(head, body, name, cancellationToken, retryOnStaleConnection: false);
            }

            throw new HttpRequestException($"{name}: the Runtime API at {_host} failed: {e.Message}", e);
        }
    }

    private void Drop()
    {
        _connection?.Dispose();
        _connection = null;
    }

    private byte[] Head(string method, string path, string? contentType, int contentLength, string? errorType)
    {
        var head = new StringBuilder(256)
            .Append(method).Append(" /2018-06-01/runtime/").Append(path).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(_host).Append("\r\n")
            .Append("User-Agent: orderevents-bootstrap\r\n");
        if (method == "POST")
        {
            head.Append("Content-Type: ").Append(contentType).Append("\r\n")
                .Append("Content-Length: ").Append(contentLength.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }

        if (errorType is not null)
        {
            head.Append(ErrorTypeHeader).Append(": ").Append(HeaderValue(errorType)).Append("\r\n");
        }

        return Encoding.ASCII.GetBytes(head.Append("\r\n").ToString());
    }

    private static string InvocationPath(string requestId, string action) =>
        string.Concat("invocation/", Uri.EscapeDataString(requestId), action);

    /// <summary>A header value on one line of printable ASCII: anything else becomes '?'.</summary>
    private static string HeaderValue(string value) =>
        string.Create(value.Length, value, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = text[i] is >= ' ' and <= '~' ? text[i] : '?';
            }
        });

    private static EndPoint ParseEndpoint(string hostAndPort)
    {
        if (IPEndPoint.TryParse(hostAndPort, out var ip) && ip.Port != 0)
        {
            return ip;
        }

        var colon = hostAndPort.LastIndexOf(':');
        if (colon > 0 && int.TryParse(hostAndPort.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535)
        {
            return new DnsEndPoint(hostAndPort[..colon], port);
        }

        throw new ArgumentException($"'{hostAndPort}' is not host:port.", nameof(hostAndPort));
    }
}
