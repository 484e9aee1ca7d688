using System.Text;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Paths.Segments;

/// <summary><c>.*</c> or <c>[*]</c>: every field value of an object, every element of an array.</summary>
internal sealed class WildcardSegment : PathSegment
{
    public static readonly WildcardSegment Instance = new();

    private WildcardSegment()
    {
    }

    public override bool IsDefinite => false;

    public override void Collect(JsonNode? node, JsonNode? root, List<JsonNode?> results)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj)
                {
                    results.Add(property.Value);
                }

                break;
            case JsonArray array:
                foreach (var element in array)
                {
                    results.Add(element);
                }

                break;
        }
    }

    public override void AppendCanonical(StringBuilder builder) => builder.Append("[*]");
}
