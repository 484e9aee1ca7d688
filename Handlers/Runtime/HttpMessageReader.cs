using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace OrderEvents.Handlers.Runtime;

/// <summary>
/// Reads HTTP/1.1 messages (requests or responses) from a connected socket with blocking receives: the head, then
/// a body by <c>Content-Length</c>, chunked, or up to the end of the connection. Bytes that arrive beyond one
/// message stay buffered for the next. The Runtime API client reads responses with it and the local runtime's
/// Runtime API server reads requests.
/// </summary>
public sealed class HttpMessageReader(Socket socket, int maxHeadBytes)
{
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    /// <summary>Whether bytes of a next message are already buffered.</summary>
    public bool HasBuffered => _end > _start;

    /// <summary>All bytes received so far, to tell whether anything arrived during a call.</summary>
    public long Received { get; private set; }

    private Span<byte> Buffered => _buffer.AsSpan(_start, _end - _start);

    /// <summary>Reads the start line and header lines of the next message, without the blank line.</summary>
    /// <returns>The lines, or <see langword="null"/> when the peer closed the connection before a byte of it.</returns>
    /// <exception cref="HttpFramingException">The head exceeds the limit, or the connection closed in its middle.</exception>
    /// <exception cref="SocketException">The connection failed.</exception>
    public string[]? ReadHead()
    {
        int headEnd;
        while ((headEnd = Buffered.IndexOf("\r\n\r\n"u8)) < 0)
        {
            if (_end - _start >= maxHeadBytes)
            {
                throw new HttpFramingException($"The start line and headers exceed {maxHeadBytes} bytes.", headTooLarge: true);
            }

            if (!Fill())
            {
                return HasBuffered ? throw new HttpFramingException("The connection closed in the middle of the headers.") : null;
            }
        }

        var head = Encoding.ASCII.GetString(_buffer, _start, headEnd);
        _start += headEnd + 4;
        return head.Split("\r\n");
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes.</summary>
    /// <exception cref="HttpFramingException">The connection closed first.</exception>
    public byte[] Take(int count)
    {
        var taken = new byte[count];
        var copied = Math.Min(count, _end - _start);
        Buffered[..copied].CopyTo(taken);
        _start += copied;
        while (copied < count)
        {
            var received = socket.Receive(taken, copied, count - copied, SocketFlags.None);
            if (received == 0)
            {
                throw new HttpFramingException("The connection closed before the whole body arrived.");
            }

            Received += received;
            copied += received;
        }

        return taken;
    }

    /// <summary>Reads a chunked body and its trailer fields (ignored).</summary>
    /// <returns>The decoded body, or <see langword="null"/> once it would exceed <paramref name="maxBodyBytes"/> (the rest is not read).</returns>
    /// <exception cref="HttpFramingException">A chunk size or chunk end is malformed, or the connection closed first.</exception>
    public byte[]? ReadChunked(int maxBodyBytes)
    {
        using var body = new MemoryStream();
        while (true)
        {
            var sizeText = ReadLine().Split(';', 2)[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                throw new HttpFramingException($"Invalid chunk size '{sizeText}'.");
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
                throw new HttpFramingException("A chunk is not followed by CRLF.");
            }
        }
    }

    /// <summary>Reads everything until the peer closes the connection (a body with neither length nor chunks).</summary>
    public byte[] ReadToEnd()
    {
        using var body = new MemoryStream();
        body.Write(Buffered);
        _start = _end;
        while (Fill())
        {
            body.Write(Buffered);
            _start = _end;
        }

        return body.ToArray();
    }

    private string ReadLine()
    {
        int lineEnd;
        while ((lineEnd = Buffered.IndexOf("\r\n"u8)) < 0)
        {
            if (_end - _start >= maxHeadBytes || !Fill())
            {
                throw new HttpFramingException("A chunked body is malformed or ends early.");
            }
        }

        var line = Encoding.ASCII.GetString(_buffer, _start, lineEnd);
        _start += lineEnd + 2;
        return line;
    }

    /// <returns>False when the peer closed the connection.</returns>
    private bool Fill()
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

        var received = socket.Receive(_buffer, _end, _buffer.Length - _end, SocketFlags.None);
        Received += received;
        _end += received;
        return received > 0;
    }
}
