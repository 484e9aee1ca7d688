using System.Text;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Paths.Segments;

/// <summary>
/// <c>..x</c>: applies the step <c>x</c> to a node and to every node below it, parents before children and
/// in document order, as Jayway JsonPath (the library AWS's JSONPath follows) scans.
/// </summary>
internal sealed class DescendantSegment(PathSegment step) : PathSegment
{
    public override bool IsDefinite => false;

    public override void Collect(JsonNode? node, JsonNode? root, List<JsonNode?> results)
    {
        step.Collect(node, root, results);
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj)
                {
                    Collect(property.Value, root, results);
                }

                break;
            case JsonArray array:
                foreach (var element in array)
                {
                    Collect(element, root, results);
                }

                break;
        }
    }

    public override void AppendCanonical(StringBuilder builder)
    {
        builder.Append("..");
        step.AppendCanonical(builder);
    }
}
