using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.DataFlow;

/// <summary>A node may have one parent; these move values between documents without copying needlessly.</summary>
internal static class JsonNodes
{
    /// <summary>The node itself when it is free to attach, otherwise a copy.</summary>
    public static JsonNode? Adoptable(JsonNode? node) => node is null || node.Parent is null ? node : node.DeepClone();
}
