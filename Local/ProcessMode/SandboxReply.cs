namespace OrderEvents.Local.ProcessMode;

/// <summary>How one invocation of a function process ended.</summary>
internal abstract record SandboxReply
{
    private SandboxReply()
    {
    }

    /// <summary>The runtime posted <c>/invocation/{id}/response</c>.</summary>
    public sealed record Response(byte[] Payload) : SandboxReply;

    /// <summary>The runtime posted <c>/invocation/{id}/error</c> or <c>/init/error</c>.</summary>
    public sealed record FunctionError(byte[] Body, string? ErrorTypeHeader) : SandboxReply;

    /// <summary>The invocation ran past the function timeout; the process was stopped.</summary>
    public sealed record TimedOut(TimeSpan Timeout) : SandboxReply;

    /// <summary>The process exited while the invocation was pending.</summary>
    public sealed record Crashed(int? ExitCode) : SandboxReply;
}
