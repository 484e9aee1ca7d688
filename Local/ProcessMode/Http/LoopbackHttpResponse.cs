using System.Text;

namespace OrderEvents.Local.ProcessMode.Http;

/// <summary>An HTTP/1.1 response: status, content type, extra headers and the whole body.</summary>
internal sealed record LoopbackHttpResponse(int StatusCode, string ContentType, byte[] Body)
{
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>Runs once the response has been written (or could not be, because the connection is gone).</summary>
    public Action? Sent { get; init; }

    public static LoopbackHttpResponse Json(int statusCode, byte[] body) => new(statusCode, "application/json", body);

    public static LoopbackHttpResponse Text(int statusCode, string contentType, string body) =>
        new(statusCode, contentType, Encoding.UTF8.GetBytes(body));

    /// <summary>The status line and headers, ASCII, ending with the blank line.</summary>
    public byte[] Head(bool closing)
    {
        var head = new StringBuilder(256)
            .Append("HTTP/1.1 ").Append(StatusCode).Append(' ').Append(ReasonPhrase(StatusCode)).Append("\r\n")
            .Append("Content-Type: ").Append(ContentType).Append("\r\n")
            .Append("Content-Length: ").Append(Body.Length).Append("\r\n");
        foreach (var (name, value) in Headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (closing)
        {
            head.Append("Connection: close\r\n");
        }

        return Encoding.ASCII.GetBytes(head.Append("\r\n").ToString());
    }

    private static string ReasonPhrase(int statusCode) => statusCode switch
    {
        200 => "OK",
        202 => "Accepted",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        410 => "Gone",
        413 => "Payload Too Large",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        _ => "Status",
    };
}
