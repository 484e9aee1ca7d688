using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace OrderEvents.Handlers.Runtime;

/// <summary>
/// One keep-alive HTTP/1.1 connection to the Runtime API, used with blocking socket calls: a function handles one
/// event at a time, so the thread that asks for the next event is the one the event wakes, with no hop through the
/// thread pool. Responses may carry <c>Content-Length</c>, be chunked, or end when the server closes.
/// </summary>
internal sealed class RuntimeApiConnection : IDisposable
{
    private const int MaxHeadBytes = 64 * 1024;

    private readonly Socket _socket;
    private readonly HttpMessageReader _reader;

    private RuntimeApiConnection(Socket socket)
    {
        _socket = socket;
        _reader = new HttpMessageReader(socket, MaxHeadBytes);
    }

    /// <summary>False once the server said it closes the connection (or ends a body by closing it).</summary>
    public bool IsReusable { get; private set; } = true;

    /// <summary>Whether any byte of a response arrived during the last <see cref="Exchange"/>.</summary>
    public bool Answered { get; private set; }

    /// <summary>Connects with a blocking call, so the socket stays in blocking mode.</summary>
    /// <remarks>
    /// Any asynchronous call (a <c>ConnectAsync</c> too) would register the socket with the runtime's event loop, and
    /// every later blocking receive would then wait for that loop's thread to signal it: one more thread to wake.
    /// </remarks>
    /// <exception cref="SocketException">The Runtime API cannot be reached.</exception>
    public static RuntimeApiConnection Open(EndPoint endpoint)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Connect(endpoint);
            return new RuntimeApiConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Sends one request and reads its response, skipping interim (1xx) responses.</summary>
    /// <exception cref="SocketException">The connection failed.</exception>
    /// <exception cref="IOException">The response is malformed or the connection closed in the middle of it.</exception>
    public RuntimeApiResponse Exchange(byte[] head, byte[]? body)
    {
        var receivedBefore = _reader.Received;
        Answered = _reader.HasBuffered;
        try
        {
            if (body is { Length: > 0 })
            {
                _socket.Send([new ArraySegment<byte>(head), new ArraySegment<byte>(body)]);
            }
            else
            {
                _socket.Send(head);
            }

            while (true)
            {
                var response = ReadResponse();
                if (response.StatusCode >= 200)
                {
                    return response;
                }
            }
        }
        finally
        {
            Answered |= _reader.Received > receivedBefore;
        }
    }

    /// <summary>Closes the socket; a blocked <see cref="Exchange"/> then fails at once.</summary>
    public void Dispose() => _socket.Dispose();

    private RuntimeApiResponse ReadResponse()
    {
        var lines = _reader.ReadHead() ?? throw new IOException("The Runtime API closed the connection in the response headers.");
        var status = ParseStatus(lines[0]);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.AsSpan(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        if (headers.TryGetValue("Connection", out var connection) && connection.Equals("close", StringComparison.OrdinalIgnoreCase))
        {
            IsReusable = false;
        }

        return new RuntimeApiResponse(status, headers, status is < 200 or 204 or 304 ? [] : ReadBody(headers));
    }

    private byte[] ReadBody(Dictionary<string, string> headers)
    {
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            return _reader.ReadChunked(int.MaxValue)!;
        }

        if (headers.TryGetValue("Content-Length", out var declared))
        {
            return int.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                ? _reader.Take(length)
                : throw new IOException($"The Runtime API sent an invalid Content-Length '{declared}'.");
        }

        // Neither: the body ends when the server closes the connection.
        IsReusable = false;
        return _reader.ReadToEnd();
    }

    private static int ParseStatus(string statusLine)
    {
        var parts = statusLine.Split(' ', 3);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/1.", StringComparison.Ordinal)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw new IOException($"The Runtime API sent a malformed status line '{statusLine}'.");
        }

        return status;
    }
}
