using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>The <c>$$.Map.Item</c> of the iteration whose ItemSelector is being evaluated.</summary>
internal sealed record MapItemContext(int Index, JsonNode? Value);
