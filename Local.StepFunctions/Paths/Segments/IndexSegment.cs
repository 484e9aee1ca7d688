using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Paths.Segments;

/// <summary><c>[n]</c> or <c>[-n]</c> (counted from the end): one element of an array.</summary>
internal sealed class IndexSegment(int index) : PathSegment
{
    public int Index { get; } = index;

    public override bool IsDefinite => true;

    public override bool TryStep(JsonNode? node, out JsonNode? child)
    {
        if (node is JsonArray array)
        {
            var effective = Index < 0 ? array.Count + Index : Index;
            if (effective >= 0 && effective < array.Count)
            {
                child = array[effective];
                return true;
            }
        }

        child = null;
        return false;
    }

    public override void Collect(JsonNode? node, JsonNode? root, List<JsonNode?> results)
    {
        if (TryStep(node, out var child))
        {
            results.Add(child);
        }
    }

    public override void AppendCanonical(StringBuilder builder) =>
        builder.Append('[').Append(Index.ToString(CultureInfo.InvariantCulture)).Append(']');
}
