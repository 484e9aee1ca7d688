using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

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
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    private RuntimeApiConnection(Socket socket)
    {
        _socket = socket;
    }

    /// <summary>False once the server said it closes the connection, or the connection failed.</summary>
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
        Answered = _end > _start;
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

    /// <summary>Closes the socket; a blocked <see cref="Exchange"/> then fails at once.</summary>
    public void Dispose() => _socket.Dispose();

    private Span<byte> Buffered => _buffer.AsSpan(_start, _end - _start);

    private RuntimeApiResponse ReadResponse()
    {
        int headEnd;
        while ((headEnd = Buffered.IndexOf("\r\n\r\n"u8)) < 0)
        {
            if (_end - _start >= MaxHeadBytes)
            {
                throw new IOException($"The Runtime API sent more than {MaxHeadBytes} bytes of headers.");
            }

            Fill("in the response headers");
        }

        var lines = Encoding.ASCII.GetString(_buffer, _start, headEnd).Split("\r\n");
        _start += headEnd + 4;
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
            return ReadChunked();
        }

        if (headers.TryGetValue("Content-Length", out var declared))
        {
            if (!int.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                throw new IOException($"The Runtime API sent an invalid Content-Length '{declared}'.");
            }

            return Take(length);
        }

        // Neither: the body ends when the server closes the connection.
        IsReusable = false;
        using var body = new MemoryStream();
        body.Write(Buffered);
        _start = _end;
        var chunk = new byte[16 * 1024];
        int received;
        while ((received = _socket.Receive(chunk)) > 0)
        {
            body.Write(chunk, 0, received);
        }

        return body.ToArray();
    }

    private byte[] ReadChunked()
    {
        using var body = new MemoryStream();
        while (true)
        {
            var sizeText = ReadLine().Split(';', 2)[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                throw new IOException($"The Runtime API sent an invalid chunk size '{sizeText}'.");
            }

            if (size == 0)
            {
                while (ReadLine().Length > 0)
                {
                    // Trailer fields are read and ignored.
                }

                return body.ToArray();
            }

            body.Write(Take(size));
            ReadLine();
        }
    }

    private string ReadLine()
    {
        int lineEnd;
        while ((lineEnd = Buffered.IndexOf("\r\n"u8)) < 0)
        {
            if (_end - _start >= MaxHeadBytes)
            {
                throw new IOException("The Runtime API sent a malformed chunked body.");
            }

            Fill("in a chunked body");
        }

        var line = Encoding.ASCII.GetString(_buffer, _start, lineEnd);
        _start += lineEnd + 2;
        return line;
    }

    private byte[] Take(int count)
    {
        var taken = new byte[count];
        var copied = Math.Min(count, _end - _start);
        Buffered[..copied].CopyTo(taken);
        _start += copied;
        while (copied < count)
        {
            var received = _socket.Receive(taken, copied, count - copied, SocketFlags.None);
            if (received == 0)
            {
                IsReusable = false;
                throw new IOException("The Runtime API closed the connection in the middle of a response body.");
            }

            Answered = true;
            copied += received;
        }

        return taken;
    }

    private void Fill(string where)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var received = _socket.Receive(_buffer, _end, _buffer.Length - _end, SocketFlags.None);
        if (received == 0)
        {
            IsReusable = false;
            throw new IOException($"The Runtime API closed the connection {where}.");
        }

        Answered = true;
        _end += received;
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
