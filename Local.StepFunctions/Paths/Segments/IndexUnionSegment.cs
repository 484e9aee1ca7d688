using System.Text;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Paths.Segments;

/// <summary><c>[0,2,-1]</c>: the listed elements of an array that exist, in the order listed.</summary>
internal sealed class IndexUnionSegment(IReadOnlyList<int> indexes) : PathSegment
{
    public override bool IsDefinite => false;

    public override void Collect(JsonNode? node, JsonNode? root, List<JsonNode?> results)
    {
        if (node is not JsonArray array)
        {
            return;
        }

        foreach (var index in indexes)
        {
            var effective = index < 0 ? array.Count + index : index;
            if (effective >= 0 && effective < array.Count)
            {
                results.Add(array[effective]);
            }
        }
    }

    public override void AppendCanonical(StringBuilder builder) =>
        builder.Append('[').AppendJoin(",", indexes).Append(']');
}
