using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>The position of one state attempt; builds the <c>$$</c> context object only when asked.</summary>
internal readonly record struct StateContext(
    ExecutionScope Scope,
    string StateName,
    long EnteredTimestamp,
    int RetryCount = 0,
    MapItemContext? MapItem = null)
{
    /// <summary>When the state was entered, on the execution's clock.</summary>
    public DateTimeOffset EnteredTime => Scope.TimeAt(EnteredTimestamp);

    public JsonObject Build(ContextParts parts = ContextParts.All) => ContextObject.Build(this, parts);
}
