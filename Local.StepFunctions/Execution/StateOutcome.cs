using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>What a state hands back to the run loop: its output and where to go, or an unhandled error.</summary>
internal readonly struct StateOutcome
{
    private StateOutcome(JsonNode? output, string? next, StatesError? error, bool sizeChecked)
    {
        Output = output;
        Next = next;
        Error = error;
        SizeChecked = sizeChecked;
    }

    public JsonNode? Output { get; }

    /// <summary>The next state's name; <see langword="null"/> ends the graph.</summary>
    public string? Next { get; }

    public StatesError? Error { get; }

    /// <summary>True when the output is known to be within the payload limit, so the loop need not measure it.</summary>
    public bool SizeChecked { get; }

    public static StateOutcome Continue(JsonNode? output, string? next, bool sizeChecked = false) =>
        new(output, next, null, sizeChecked);

    public static StateOutcome Failed(StatesError error) => new(null, null, error, false);
}
