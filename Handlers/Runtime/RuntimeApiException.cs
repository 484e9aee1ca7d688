using System.Net;

namespace OrderEvents.Handlers.Runtime;

/// <summary>The Runtime API answered a request with an unexpected status (e.g. 413 for a response that is too large).</summary>
public sealed class RuntimeApiException(string request, HttpStatusCode status, string body)
    : Exception($"{request} returned {(int)status} {status}: {body}")
{
    public HttpStatusCode Status { get; } = status;
}
