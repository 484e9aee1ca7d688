using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions;

/// <summary>How an execution ended.</summary>
public sealed record ExecutionResult
{
    public required ExecutionStatus Status { get; init; }

    /// <summary>The execution output when <see cref="Status"/> is Succeeded.</summary>
    public JsonNode? Output { get; init; }

    /// <summary>The error name when the execution failed or timed out.</summary>
    public string? Error { get; init; }

    public string? Cause { get; init; }

    public required string ExecutionArn { get; init; }

    public required DateTimeOffset StartDate { get; init; }

    public required DateTimeOffset StopDate { get; init; }

    /// <summary>Every trace event in order; empty when <see cref="ExecutionOptions.RecordTrace"/> is off.</summary>
    public required IReadOnlyList<TraceEvent> Trace { get; init; }
}
