using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Tests.Differential;

/// <summary>
/// How one execution ended, as DescribeExecution reports it: <c>SUCCEEDED</c> with an output, <c>FAILED</c> with an
/// error and cause, or <c>REJECTED</c> when CreateStateMachine refused the definition.
/// </summary>
internal sealed record ExecutionOutcome(string Status, JsonNode? Output, string? Error, string? Cause)
{
    public const string Rejected = "REJECTED";

    public static ExecutionOutcome FromJson(JsonNode node) => new(
        node["status"]?.GetValue<string>() ?? throw new InvalidDataException($"Outcome without a status: {node.ToJsonString()}"),
        node["output"]?.DeepClone(),
        node["error"]?.GetValue<string>(),
        node["cause"]?.GetValue<string>());

    public static ExecutionOutcome From(ExecutionResult result) => new(
        result.Status switch
        {
            ExecutionStatus.Succeeded => "SUCCEEDED",
            ExecutionStatus.Failed => "FAILED",
            ExecutionStatus.TimedOut => "TIMED_OUT",
            _ => "ABORTED",
        },
        // Re-parsed so that numbers built in code compare like numbers read from text.
        result.Output is null ? null : JsonNode.Parse(result.Output.ToJsonString()),
        result.Error,
        result.Cause);

    /// <summary>
    /// Whether <paramref name="actual"/> ends the same way: same status, JSON-equal output (key order ignored), same
    /// error. Causes are compared only for errors a definition names itself: the wording of a <c>States.*</c> cause is
    /// each implementation's own.
    /// </summary>
    public bool IsMatchedBy(ExecutionOutcome actual)
    {
        if (Status != actual.Status)
        {
            return false;
        }

        return Status switch
        {
            "SUCCEEDED" => JsonNode.DeepEquals(Output, actual.Output),
            Rejected => true,
            _ => Error == actual.Error && (Error?.StartsWith("States.", StringComparison.Ordinal) == true || Cause == actual.Cause),
        };
    }

    public override string ToString() => new JsonObject
    {
        ["status"] = Status,
        ["output"] = Output?.DeepClone(),
        ["error"] = Error,
        ["cause"] = Cause,
    }.ToJsonString();
}
