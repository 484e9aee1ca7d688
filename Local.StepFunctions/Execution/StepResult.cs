using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>The value of a piece of work that either produced JSON or failed with an ASL error.</summary>
internal readonly struct StepResult
{
    private StepResult(JsonNode? output, StatesError? error, bool sizeChecked = false)
    {
        Output = output;
        Error = error;
        SizeChecked = sizeChecked;
    }

    public JsonNode? Output { get; }

    public StatesError? Error { get; }

    public bool IsSuccess => Error is null;

    /// <summary>True when the output is known to be within the payload limit (its size was measured already).</summary>
    public bool SizeChecked { get; }

    public static StepResult Success(JsonNode? output, bool sizeChecked = false) => new(output, null, sizeChecked);

    public static StepResult Failure(StatesError error) => new(null, error);

    public static StepResult Failure(string error, string cause) => new(null, new StatesError(error, cause));
}
