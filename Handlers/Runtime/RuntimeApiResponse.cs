namespace OrderEvents.Handlers.Runtime;

/// <summary>One HTTP response from the Runtime API: status, headers (case-insensitive names) and the whole body.</summary>
internal sealed record RuntimeApiResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public bool IsSuccess => StatusCode is >= 200 and <= 299;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
