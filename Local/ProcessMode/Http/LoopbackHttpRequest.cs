namespace OrderEvents.Local.ProcessMode.Http;

/// <summary>One HTTP/1.1 request as read from a loopback connection: its body is read whole.</summary>
/// <param name="Path">The request target's path, still percent-encoded, without its query.</param>
/// <param name="Body">The body (chunked bodies are decoded); empty when <paramref name="BodyTooLarge"/>.</param>
/// <param name="BodyTooLarge">The body exceeded the server's limit and was not read; the connection closes after the answer.</param>
internal sealed record LoopbackHttpRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    bool BodyTooLarge = false)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
