using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace OrderEvents.Local.ProcessMode.Http;

/// <summary>
/// A small HTTP/1.1 server on 127.0.0.1 for one function process: one thread accepts, and each connection has
/// a thread of its own that reads a request, lets the handler answer it (the handler may block, as
/// <c>GET /invocation/next</c> does until an event arrives) and writes the answer, with blocking socket calls.
/// A function makes one call at a time, so this keeps every hop of an invoke on a thread that is already
/// waiting for it, with no thread-pool dispatch in between.
/// </summary>
internal sealed class LoopbackHttpServer : IDisposable
{
    private readonly Socket listener;
    private readonly Func<LoopbackHttpRequest, LoopbackHttpResponse> handler;
    private readonly int maxBodyBytes;
    private readonly ConcurrentDictionary<Socket, bool> connections = new();
    private volatile bool stopped;

    private LoopbackHttpServer(Socket listener, Func<LoopbackHttpRequest, LoopbackHttpResponse> handler, int maxBodyBytes)
    {
        this.listener = listener;
        this.handler = handler;
        this.maxBodyBytes = maxBodyBytes;
        Address = ((IPEndPoint)listener.LocalEndPoint!).ToString();
    }

    /// <summary>The <c>127.0.0.1:port</c> the server listens on.</summary>
    public string Address { get; }

    /// <param name="handler">Answers one request; an exception it throws is answered with 500.</param>
    /// <param name="maxBodyBytes">Larger bodies are not read: the handler sees <see cref="LoopbackHttpRequest.BodyTooLarge"/>.</param>
    public static LoopbackHttpServer Start(Func<LoopbackHttpRequest, LoopbackHttpResponse> handler, int maxBodyBytes)
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            listener.Listen(64);
        }
        catch
        {
            listener.Dispose();
            throw;
        }

        var server = new LoopbackHttpServer(listener, handler, maxBodyBytes);
        new Thread(server.Accept) { IsBackground = true, Name = "Runtime API accept" }.Start();
        return server;
    }

    /// <summary>Stops accepting and closes every connection; handlers still running finish on their own.</summary>
    public void Dispose()
    {
        stopped = true;
        listener.Dispose();
        foreach (var connection in connections.Keys)
        {
            connection.Dispose();
        }
    }

    private void Accept()
    {
        while (!stopped)
        {
            Socket connection;
            try
            {
                connection = listener.Accept();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }

            connection.NoDelay = true;
            connections[connection] = true;
            if (stopped)
            {
                connection.Dispose();
                return;
            }

            new Thread(() => Serve(connection)) { IsBackground = true, Name = "Runtime API connection" }.Start();
        }
    }

    private void Serve(Socket connection)
    {
        var reader = new HttpRequestReader(connection, maxBodyBytes);
        try
        {
            while (!stopped)
            {
                LoopbackHttpRequest? request;
                try
                {
                    request = reader.Read();
                }
                catch (BadHttpRequestException e)
                {
                    Send(connection, LoopbackHttpResponse.Text(e.StatusCode, "text/plain", e.Message), closing: true);
                    return;
                }

                if (request is null)
                {
                    return;
                }

                var closing = request.BodyTooLarge
                    || string.Equals(request.Header("Connection"), "close", StringComparison.OrdinalIgnoreCase);
                Send(connection, Answer(request), closing);
                if (closing)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The function closed the connection or the server stopped: nothing is left to answer.
        }
        finally
        {
            connections.TryRemove(connection, out _);
            connection.Dispose();
        }
    }

    private LoopbackHttpResponse Answer(LoopbackHttpRequest request)
    {
        try
        {
            return handler(request);
        }
#pragma warning disable CA1031 // A failing handler answers 500 to its caller; the connection and the server go on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return LoopbackHttpResponse.Text(500, "text/plain", e.GetType().Name + ": " + e.Message);
        }
    }

    private static void Send(Socket connection, LoopbackHttpResponse response, bool closing)
    {
        try
        {
            var head = response.Head(closing);
            if (response.Body.Length == 0)
            {
                connection.Send(head);
            }
            else
            {
                connection.Send([new ArraySegment<byte>(head), new ArraySegment<byte>(response.Body)]);
            }
        }
        finally
        {
            response.Sent?.Invoke();
        }
    }
}
