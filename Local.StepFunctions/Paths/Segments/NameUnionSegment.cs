using System.Text;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Paths.Segments;

/// <summary><c>['a','b']</c>: the listed fields of an object that are present, in the order listed.</summary>
internal sealed class NameUnionSegment(IReadOnlyList<string> names) : PathSegment
{
    public override bool IsDefinite => false;

    public override void Collect(JsonNode? node, JsonNode? root, List<JsonNode?> results)
    {
        if (node is not JsonObject obj)
        {
            return;
        }

        foreach (var name in names)
        {
            if (obj.TryGetPropertyValue(name, out var child))
            {
                results.Add(child);
            }
        }
    }

    public override void AppendCanonical(StringBuilder builder) =>
        builder.Append("['").AppendJoin("','", names).Append("']");
}
