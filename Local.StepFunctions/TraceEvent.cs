using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions;

/// <summary>
/// One step of an execution. <see cref="Data"/> is a snapshot: the state input on StateEntered, the output on
/// StateExited, the parameters on TaskScheduled, the result on TaskSucceeded, the iteration or branch input.
/// </summary>
public sealed record TraceEvent(TraceEventType Type, string? StateName, DateTimeOffset Timestamp)
{
    /// <summary>Time spent in the state (StateExited), iteration or branch, measured with the execution's clock.</summary>
    public TimeSpan? Duration { get; init; }

    public JsonNode? Data { get; init; }

    public string? Error { get; init; }

    public string? Cause { get; init; }

    /// <summary>The Map iteration index or Parallel branch index, when the event belongs to one.</summary>
    public int? Index { get; init; }
}
