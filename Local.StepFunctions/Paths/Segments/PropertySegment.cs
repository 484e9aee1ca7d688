using System.Text;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Paths.Segments;

/// <summary><c>.name</c> or <c>['name']</c>: the named field of an object.</summary>
internal sealed class PropertySegment(string name) : PathSegment
{
    public string Name { get; } = name;

    public override bool IsDefinite => true;

    public override bool TryStep(JsonNode? node, out JsonNode? child)
    {
        if (node is JsonObject obj)
        {
            return obj.TryGetPropertyValue(Name, out child);
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

    public override void AppendCanonical(StringBuilder builder) => builder.Append("['").Append(Name).Append("']");
}
