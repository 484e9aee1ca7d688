using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Intrinsics;

/// <summary>What one evaluation sees: the data (<c>$</c>), the context object (<c>$$</c>) and the environment.</summary>
internal readonly record struct IntrinsicScope(JsonNode? Input, JsonNode? Context, IntrinsicEnvironment Environment);
