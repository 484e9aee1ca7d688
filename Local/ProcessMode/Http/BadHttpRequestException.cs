namespace OrderEvents.Local.ProcessMode.Http;

/// <summary>A request the server cannot read; it answers <see cref="StatusCode"/> and closes the connection.</summary>
internal sealed class BadHttpRequestException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
