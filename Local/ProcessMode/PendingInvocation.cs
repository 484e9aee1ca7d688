namespace OrderEvents.Local.ProcessMode;

/// <summary>An event waiting for (or being handled by) the function process.</summary>
internal sealed class PendingInvocation(string requestId, ReadOnlyMemory<byte> payload, DateTimeOffset deadline)
{
    public string RequestId { get; } = requestId;

    public ReadOnlyMemory<byte> Payload { get; } = payload;

    public DateTimeOffset Deadline { get; } = deadline;

    public TaskCompletionSource<SandboxReply> Reply { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The caller's context (its async locals), so what the function does on its behalf is attributed to it.</summary>
    public ExecutionContext? CallerContext { get; } = ExecutionContext.Capture();
}
