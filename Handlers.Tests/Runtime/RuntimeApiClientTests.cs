using System.Net;
using System.Net.Sockets;
using System.Text;
using OrderEvents.Handlers.Runtime;

namespace OrderEvents.Handlers.Tests.Runtime;

/// <summary>
/// The client against a scripted server that answers each request with bytes given by the test, so framing,
/// keep-alive and failures are checked exactly.
/// </summary>
public sealed class RuntimeApiClientTests : IDisposable
{
    private const string NextHeaders = "Lambda-Runtime-Aws-Request-Id: req-1\r\nLambda-Runtime-Deadline-Ms: 1700000000000\r\n"
        + "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:123456789012:function:f\r\nLambda-Runtime-Trace-Id: Root=1-2-3\r\n";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<string> _requests = [];

    public RuntimeApiClientTests() => _listener.Start();

    private string Address => ((IPEndPoint)_listener.LocalEndpoint).ToString();

    public void Dispose() => _listener.Stop();

    [Fact]
    public async Task Next_ReadsAContentLengthBody_AndTheInvocationHeaders()
    {
        var serving = Serve([$"HTTP/1.1 200 OK\r\n{NextHeaders}Content-Length: 2\r\n\r\n{{}}"]);
        using var client = new RuntimeApiClient(Address);

        var invocation = await client.NextAsync(CancellationToken.None);

        Assert.Equal(("req-1", "1700000000000", "arn:aws:lambda:us-east-1:123456789012:function:f", "Root=1-2-3", "{}"),
            (invocation.RequestId, invocation.DeadlineMs, invocation.InvokedFunctionArn, invocation.TraceId, Encoding.UTF8.GetString(invocation.Body)));
        await serving;
        Assert.StartsWith("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\n", _requests.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_ShareOneKeptAliveConnection_AndReadChunkedBodies()
    {
        var serving = Serve([
            $"HTTP/1.1 200 OK\r\n{NextHeaders}Transfer-Encoding: chunked\r\n\r\n1\r\n{{\r\n1\r\n}}\r\n0\r\n\r\n",
            "HTTP/1.1 202 Accepted\r\nContent-Length: 15\r\n\r\n{\"status\":\"OK\"}",
        ]);
        using var client = new RuntimeApiClient(Address);

        var invocation = await client.NextAsync(CancellationToken.None);
        await client.PostResponseAsync("req/1", "{\"ok\":true}"u8.ToArray(), CancellationToken.None);

        Assert.Equal("{}", Encoding.UTF8.GetString(invocation.Body));
        await serving;
        Assert.StartsWith("POST /2018-06-01/runtime/invocation/req%2F1/response HTTP/1.1\r\n", _requests[1], StringComparison.Ordinal);
        Assert.Contains("Content-Length: 11\r\n", _requests[1], StringComparison.Ordinal);
        Assert.EndsWith("{\"ok\":true}", _requests[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConnectionTheServerClosedWhileIdle_IsReplacedAndTheRequestSentAgain()
    {
        var serving = Serve([$"HTTP/1.1 200 OK\r\n{NextHeaders}Content-Length: 2\r\n\r\n{{}}", null, "HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n"]);
        using var client = new RuntimeApiClient(Address);

        await client.NextAsync(CancellationToken.None);
        await client.PostResponseAsync("req-1", "{}"u8.ToArray(), CancellationToken.None);

        await serving;
        Assert.Equal(3, _requests.Count);
        Assert.StartsWith("POST ", _requests[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnErrorStatus_IsARuntimeApiException_WithTheBody()
    {
        var serving = Serve(["HTTP/1.1 413 Payload Too Large\r\nContent-Length: 8\r\nConnection: close\r\n\r\ntoo big!"]);
        using var client = new RuntimeApiClient(Address);

        var error = await Assert.ThrowsAsync<RuntimeApiException>(() => client.PostResponseAsync("req-1", [1, 2], CancellationToken.None));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, error.Status);
        Assert.Contains("too big!", error.Message, StringComparison.Ordinal);
        await serving;
    }

    [Theory]
    [InlineData("NOT HTTP\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")]
    public async Task AMalformedOrCutResponse_IsAnHttpRequestException(string answer)
    {
        var serving = Serve([answer], closeAfterLast: true);
        using var client = new RuntimeApiClient(Address);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.NextAsync(CancellationToken.None));

        Assert.Contains("GET /runtime/invocation/next", error.Message, StringComparison.Ordinal);
        await serving;
    }

    [Fact]
    public async Task AnUnreachableRuntimeApi_IsAnHttpRequestException()
    {
        var address = Address;
        _listener.Stop();
        using var client = new RuntimeApiClient(address);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.NextAsync(CancellationToken.None));

        Assert.Contains($"cannot connect to the Runtime API at {address}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellingTheToken_EndsABlockedNext()
    {
        using var stop = new CancellationTokenSource();
        var accepted = new TaskCompletionSource();
        var serving = Task.Run(async () =>
        {
            using var connection = await _listener.AcceptSocketAsync();
            accepted.SetResult();
            await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        using var client = new RuntimeApiClient(Address);

        var next = Task.Run(() => client.NextAsync(stop.Token));
        await accepted.Task;
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
        await serving;
    }

    /// <summary>Answers one request per entry, in order; a null entry closes the connection without answering.</summary>
    private Task Serve(IReadOnlyList<string?> answers, bool closeAfterLast = false) => Task.Run(async () =>
    {
        Socket? connection = null;
        try
        {
            foreach (var answer in answers)
            {
                connection ??= await _listener.AcceptSocketAsync();
                _requests.Add(ReadRequest(connection));
                if (answer is null)
                {
                    connection.Dispose();
                    connection = null;
                    continue;
                }

                connection.Send(Encoding.ASCII.GetBytes(answer));
            }

            if (closeAfterLast)
            {
                connection?.Shutdown(SocketShutdown.Both);
            }
        }
        finally
        {
            connection?.Dispose();
        }
    });

    /// <summary>Reads one request: its head and, if it declares one, its Content-Length body.</summary>
    private static string ReadRequest(Socket connection)
    {
        var received = new List<byte>();
        var one = new byte[1];
        while (!Encoding.ASCII.GetString([.. received]).Contains("\r\n\r\n", StringComparison.Ordinal) && connection.Receive(one) == 1)
        {
            received.Add(one[0]);
        }

        var head = Encoding.ASCII.GetString([.. received]);
        var length = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) is { } line
            ? int.Parse(line[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture)
            : 0;
        var body = new byte[length];
        for (var read = 0; read < length;)
        {
            read += connection.Receive(body, read, length - read, SocketFlags.None);
        }

        return head + Encoding.UTF8.GetString(body);
    }
}
