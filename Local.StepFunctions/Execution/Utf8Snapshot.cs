using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>A node and the UTF-8 JSON text it was parsed from or written to.</summary>
internal sealed record Utf8Snapshot(JsonNode Node, ReadOnlyMemory<byte> Utf8);
