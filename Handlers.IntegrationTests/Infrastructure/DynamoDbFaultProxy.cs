using System.Collections.Concurrent;

namespace OrderEvents.Handlers.IntegrationTests.Infrastructure;

/// <summary>What the proxy does with one DynamoDB call.</summary>
public enum Fault
{
    /// <summary>Pass it to moto and return moto's answer.</summary>
    None,

    /// <summary>Pass it to moto (so it takes effect) but answer 500: the client never learns it succeeded.</summary>
    LoseResponse,

    /// <summary>Answer 500 without passing it on.</summary>
    ServerError,

    /// <summary>Answer 400 ProvisionedThroughputExceededException without passing it on.</summary>
    Throttle,
}

/// <summary>
/// An HTTP proxy in front of moto's DynamoDB that injects faults per operation (<c>PutItem</c>, <c>UpdateItem</c>, ...)
/// and counts the calls it saw.
/// </summary>
public sealed class DynamoDbFaultProxy : IAsyncDisposable
{
    private const string JsonContentType = "application/x-amz-json-1.0";
    private static readonly string[] ForwardedHeaders = ["Authorization", "X-Amz-Date", "X-Amz-Target", "X-Amz-Security-Token"];
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly HttpClient _http = new();
    private readonly StubHttpServer _server;

    /// <param name="faultFor">Gets the operation and its 1-based call number.</param>
    public DynamoDbFaultProxy(MotoServer moto, Func<string, int, Fault> faultFor)
    {
        _server = new StubHttpServer(async (request, _) =>
        {
            var operation = request.Headers.GetValueOrDefault("X-Amz-Target", ".").Split('.')[1];
            var number = _calls.AddOrUpdate(operation, 1, (_, count) => count + 1);
            var fault = faultFor(operation, number);
            if (fault is Fault.None or Fault.LoseResponse)
            {
                var answer = await ForwardAsync(moto, request);
                if (fault == Fault.None)
                {
                    return answer;
                }
            }

            return fault == Fault.Throttle
                ? new StubResponse(400, Error("ProvisionedThroughputExceededException", "Injected throttling"), JsonContentType)
                : new StubResponse(500, Error("InternalServerError", "Injected server error"), JsonContentType);
        });
    }

    public Uri Endpoint => _server.Endpoint;

    public int Calls(string operation) => _calls.GetValueOrDefault(operation);

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
    }

    private async Task<StubResponse> ForwardAsync(MotoServer moto, StubRequest request)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, moto.Endpoint) { Content = new ByteArrayContent(request.Body) };
        message.Content.Headers.TryAddWithoutValidation("Content-Type", request.Headers.GetValueOrDefault("Content-Type", JsonContentType));
        foreach (var name in ForwardedHeaders.Where(request.Headers.ContainsKey))
        {
            message.Headers.TryAddWithoutValidation(name, request.Headers[name]);
        }

        using var response = await _http.SendAsync(message);
        return new StubResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync(), JsonContentType);
    }

    private static string Error(string type, string message) =>
        $$"""{"__type":"com.amazonaws.dynamodb.v20120810#{{type}}","message":"{{message}}"}""";
}
