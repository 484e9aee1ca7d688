namespace OrderEvents.Handlers.Runtime;

/// <summary>One event from <c>GET /runtime/invocation/next</c>: the body and the headers that describe it (absent headers are null).</summary>
public sealed record RuntimeInvocation(
    string? RequestId,
    string? DeadlineMs,
    string? InvokedFunctionArn,
    string? TraceId,
    byte[] Body);
