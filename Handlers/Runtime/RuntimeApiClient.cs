using System.Net.Http.Headers;

namespace OrderEvents.Handlers.Runtime;

/// <summary>
/// A client of the Lambda Runtime API (version 2018-06-01) at <c>http://{AWS_LAMBDA_RUNTIME_API}</c>: fetch the next
/// invocation, post its response or error, or post an initialization error.
/// </summary>
public sealed class RuntimeApiClient : IDisposable
{
    public const string RequestIdHeader = "Lambda-Runtime-Aws-Request-Id";
    public const string DeadlineHeader = "Lambda-Runtime-Deadline-Ms";
    public const string FunctionArnHeader = "Lambda-Runtime-Invoked-Function-Arn";
    public const string TraceIdHeader = "Lambda-Runtime-Trace-Id";
    public const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";

    private static readonly MediaTypeHeaderValue ErrorContentType = new(ErrorReport.ContentType);

    private readonly HttpClient _http;
    private readonly Uri _next;
    private readonly Uri _initError;
    private readonly string _invocations;

    /// <param name="runtimeApi">The value of <c>AWS_LAMBDA_RUNTIME_API</c>, <c>host:port</c>.</param>
    public RuntimeApiClient(string runtimeApi)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runtimeApi);
        var root = $"http://{runtimeApi}/2018-06-01/runtime/";
        _next = new Uri(root + "invocation/next");
        _initError = new Uri(root + "init/error");
        _invocations = root + "invocation/";
        _http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        })
        {
            // /next blocks until an event arrives, which may be never; the caller's token ends the wait.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Waits for the next event (<c>GET /runtime/invocation/next</c>).</summary>
    public async Task<RuntimeInvocation> NextAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(_next, HttpCompletionOption.ResponseContentRead, cancellationToken);
        await EnsureSuccessAsync(response, "GET /runtime/invocation/next", cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = response.Headers;
        return new RuntimeInvocation(
            Header(headers, RequestIdHeader),
            Header(headers, DeadlineHeader),
            Header(headers, FunctionArnHeader),
            Header(headers, TraceIdHeader),
            body);
    }

    /// <summary>Posts a successful result (<c>POST /runtime/invocation/{id}/response</c>).</summary>
    public async Task PostResponseAsync(string requestId, byte[] result, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, InvocationUri(requestId, "/response"))
        {
            Content = new ByteArrayContent(result),
        };
        await SendAsync(request, "POST /runtime/invocation/{id}/response", cancellationToken);
    }

    /// <summary>Reports a failed invocation (<c>POST /runtime/invocation/{id}/error</c>).</summary>
    public Task PostErrorAsync(string requestId, ErrorReport error, CancellationToken cancellationToken) =>
        PostErrorAsync(InvocationUri(requestId, "/error"), error, "POST /runtime/invocation/{id}/error", cancellationToken);

    /// <summary>Reports that the function could not start (<c>POST /runtime/init/error</c>); Lambda then ends the environment.</summary>
    public Task PostInitErrorAsync(ErrorReport error, CancellationToken cancellationToken) =>
        PostErrorAsync(_initError, error, "POST /runtime/init/error", cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task PostErrorAsync(Uri uri, ErrorReport error, string name, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(error.ToJson());
        content.Headers.ContentType = ErrorContentType;
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        request.Headers.TryAddWithoutValidation(ErrorTypeHeader, error.ErrorType);
        await SendAsync(request, name, cancellationToken);
    }

    private async Task SendAsync(HttpRequestMessage request, string name, CancellationToken cancellationToken)
    {
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        await EnsureSuccessAsync(response, name, cancellationToken);
    }

    private Uri InvocationUri(string requestId, string action) =>
        new(string.Concat(_invocations, Uri.EscapeDataString(requestId), action));

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string name, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new RuntimeApiException(name, response.StatusCode, body);
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out var values) ? values.ToString() : null;
}
