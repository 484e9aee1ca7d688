using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace OrderEvents.Local.ProcessMode.Http;

/// <summary>
/// Reads HTTP/1.1 requests one after another from a connected socket with blocking receives (requests sent
/// back to back, pipelined, are read in turn). Bodies come with <c>Content-Length</c> or chunked.
/// </summary>
internal sealed class HttpRequestReader(Socket socket, int maxBodyBytes)
{
    /// <summary>The most a request line and its headers may take.</summary>
    public const int MaxHeadBytes = 64 * 1024;

    private byte[] buffer = new byte[8 * 1024];
    private int start;
    private int end;

    /// <summary>Reads the next request.</summary>
    /// <returns>The request, or <see langword="null"/> when the peer closed the connection between requests.</returns>
    /// <exception cref="BadHttpRequestException">The request is malformed or its head is too large.</exception>
    /// <exception cref="SocketException">The connection failed.</exception>
    public LoopbackHttpRequest? Read()
    {
        int headEnd;
        while ((headEnd = Buffered.IndexOf("\r\n\r\n"u8)) < 0)
        {
            if (end - start >= MaxHeadBytes)
            {
                throw new BadHttpRequestException(431, $"The request line and headers exceed {MaxHeadBytes} bytes.");
            }

            if (!Fill())
            {
                if (end == start)
                {
                    return null;
                }

                throw new BadHttpRequestException(400, "The connection closed in the middle of a request.");
            }
        }

        var head = Encoding.ASCII.GetString(buffer, start, headEnd);
        start += headEnd + 4;
        var lines = head.Split("\r\n");
        var (method, path) = ParseRequestLine(lines[0]);
        var headers = ParseHeaders(lines);
        if (headers.TryGetValue("Expect", out var expect) && expect.Equals("100-continue", StringComparison.OrdinalIgnoreCase))
        {
            socket.Send("HTTP/1.1 100 Continue\r\n\r\n"u8);
        }

        return ReadBody(method, path, headers);
    }

    private ReadOnlySpan<byte> Buffered => buffer.AsSpan(start, end - start);

    private LoopbackHttpRequest ReadBody(string method, string path, Dictionary<string, string> headers)
    {
        if (headers.TryGetValue("Transfer-Encoding", out var encoding))
        {
            if (!encoding.Equals("chunked", StringComparison.OrdinalIgnoreCase) || headers.ContainsKey("Content-Length"))
            {
                throw new BadHttpRequestException(400, $"Unsupported Transfer-Encoding '{encoding}' (only chunked, without Content-Length).");
            }

            var chunked = ReadChunked();
            return new LoopbackHttpRequest(method, path, headers, chunked ?? [], chunked is null);
        }

        var length = 0L;
        if (headers.TryGetValue("Content-Length", out var declared)
            && !long.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out length))
        {
            throw new BadHttpRequestException(400, $"Invalid Content-Length '{declared}'.");
        }

        if (length > maxBodyBytes)
        {
            return new LoopbackHttpRequest(method, path, headers, [], BodyTooLarge: true);
        }

        return new LoopbackHttpRequest(method, path, headers, Take((int)length));
    }

    /// <returns>The decoded body, or <see langword="null"/> once it exceeds the limit.</returns>
    private byte[]? ReadChunked()
    {
        using var body = new MemoryStream();
        while (true)
        {
            var sizeLine = ReadLine();
            var sizeText = sizeLine.Split(';', 2)[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                throw new BadHttpRequestException(400, $"Invalid chunk size '{sizeText}'.");
            }

            if (size == 0)
            {
                while (ReadLine().Length > 0)
                {
                    // Trailer fields are read and ignored.
                }

                return body.ToArray();
            }

            if (body.Length + size > maxBodyBytes)
            {
                return null;
            }

            body.Write(Take(size));
            if (ReadLine().Length != 0)
            {
                throw new BadHttpRequestException(400, "A chunk is not followed by CRLF.");
            }
        }
    }

    private string ReadLine()
    {
        int lineEnd;
        while ((lineEnd = Buffered.IndexOf("\r\n"u8)) < 0)
        {
            if (end - start >= MaxHeadBytes || !Fill())
            {
                throw new BadHttpRequestException(400, "A chunked body is malformed or ends early.");
            }
        }

        var line = Encoding.ASCII.GetString(buffer, start, lineEnd);
        start += lineEnd + 2;
        return line;
    }

    private byte[] Take(int count)
    {
        var taken = new byte[count];
        var copied = Math.Min(count, end - start);
        Buffered[..copied].CopyTo(taken);
        start += copied;
        while (copied < count)
        {
            var received = socket.Receive(taken, copied, count - copied, SocketFlags.None);
            if (received == 0)
            {
                throw new BadHttpRequestException(400, "The connection closed before the whole body arrived.");
            }

            copied += received;
        }

        return taken;
    }

    /// <returns>False when the peer closed the connection.</returns>
    private bool Fill()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxHeadBytes + 4));
        }

        var received = socket.Receive(buffer, end, buffer.Length - end, SocketFlags.None);
        end += received;
        return received > 0;
    }

    private static (string Method, string Path) ParseRequestLine(string line)
    {
        var parts = line.Split(' ');
        if (parts.Length != 3 || parts[0].Length == 0 || !parts[2].StartsWith("HTTP/1.", StringComparison.Ordinal) || !parts[1].StartsWith('/'))
        {
            throw new BadHttpRequestException(400, $"Malformed request line '{line}'.");
        }

        var query = parts[1].IndexOf('?', StringComparison.Ordinal);
        return (parts[0], query < 0 ? parts[1] : parts[1][..query]);
    }

    private static Dictionary<string, string> ParseHeaders(string[] lines)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.AsSpan(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new BadHttpRequestException(400, $"Malformed header line '{line}'.");
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
        }

        return headers;
    }
}
