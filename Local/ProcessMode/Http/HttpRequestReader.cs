using System.Globalization;
using System.Net.Sockets;
using OrderEvents.Handlers.Runtime;

namespace OrderEvents.Local.ProcessMode.Http;

/// <summary>
/// Reads HTTP/1.1 requests one after another from a connected socket with blocking receives (requests sent
/// back to back, pipelined, are read in turn). Bodies come with <c>Content-Length</c> or chunked.
/// </summary>
internal sealed class HttpRequestReader(Socket socket, int maxBodyBytes)
{
    /// <summary>The most a request line and its headers may take.</summary>
    public const int MaxHeadBytes = 64 * 1024;

    private readonly HttpMessageReader reader = new(socket, MaxHeadBytes);

    /// <summary>Reads the next request.</summary>
    /// <returns>The request, or <see langword="null"/> when the peer closed the connection between requests.</returns>
    /// <exception cref="BadHttpRequestException">The request is malformed or its head is too large.</exception>
    /// <exception cref="SocketException">The connection failed.</exception>
    public LoopbackHttpRequest? Read()
    {
        try
        {
            if (reader.ReadHead() is not { } lines)
            {
                return null;
            }

            var (method, path) = ParseRequestLine(lines[0]);
            var headers = ParseHeaders(lines);
            if (headers.TryGetValue("Expect", out var expect) && expect.Equals("100-continue", StringComparison.OrdinalIgnoreCase))
            {
                socket.Send("HTTP/1.1 100 Continue\r\n\r\n"u8);
            }

            return ReadBody(method, path, headers);
        }
        catch (HttpFramingException e)
        {
            throw new BadHttpRequestException(e.HeadTooLarge ? 431 : 400, e.Message);
        }
    }

    private LoopbackHttpRequest ReadBody(string method, string path, Dictionary<string, string> headers)
    {
        if (headers.TryGetValue("Transfer-Encoding", out var encoding))
        {
            if (!encoding.Equals("chunked", StringComparison.OrdinalIgnoreCase) || headers.ContainsKey("Content-Length"))
            {
                throw new BadHttpRequestException(400, $"Unsupported Transfer-Encoding '{encoding}' (only chunked, without Content-Length).");
            }

            var chunked = reader.ReadChunked(maxBodyBytes);
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

        return new LoopbackHttpRequest(method, path, headers, reader.Take((int)length));
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
