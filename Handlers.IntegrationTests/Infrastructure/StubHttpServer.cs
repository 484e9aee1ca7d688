using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace OrderEvents.Handlers.IntegrationTests.Infrastructure;

/// <summary>A request as the stub received it.</summary>
public sealed record StubRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);
}

/// <summary>What the stub answers with.</summary>
public sealed record StubResponse(int Status, string Body, string ContentType = "text/xml")
{
    public static StubResponse Xml(int status, string body) => new(status, body);
}

/// <summary>
/// A tiny HTTP server on 127.0.0.1 and a free port that answers every request with the given function and records
/// what it received; used to play SNS or DynamoDB faults that a real server will not produce on demand.
/// </summary>
public sealed class StubHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<StubRequest, int, Task<StubResponse>> _respond;
    private readonly ConcurrentQueue<StubRequest> _requests = new();
    private readonly Task _loop;

    /// <param name="respond">Gets the request and its 1-based number.</param>
    public StubHttpServer(Func<StubRequest, int, Task<StubResponse>> respond)
    {
        _respond = respond;
        var port = MotoServer.FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public StubHttpServer(Func<StubRequest, int, StubResponse> respond)
        : this((request, number) => Task.FromResult(respond(request, number)))
    {
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<StubRequest> Requests => [.. _requests];

    public async ValueTask DisposeAsync()
    {
        // Close alone: Stop then Close unregisters the port twice, and the second time the managed listener
        // binds the port again, which fails when another test has taken it in between.
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
            // Stopping the listener ends the accept loop this way.
        }
        catch (ObjectDisposedException)
        {
            // Likewise.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            var context = await _listener.GetContextAsync();
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        var headers = context.Request.Headers.AllKeys
            .Where(key => key is not null)
            .ToDictionary(key => key!, key => context.Request.Headers[key] ?? string.Empty, StringComparer.OrdinalIgnoreCase);
        var request = new StubRequest(context.Request.HttpMethod, context.Request.Url?.AbsolutePath ?? "/", headers, body.ToArray());
        int number;
        lock (_requests)
        {
            _requests.Enqueue(request);
            number = _requests.Count;
        }

        var response = await _respond(request, number);
        var bytes = Encoding.UTF8.GetBytes(response.Body);
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }
}
