using System.Text;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Paths.Filters;

namespace OrderEvents.Local.StepFunctions.Paths.Segments;

/// <summary>
/// <c>[?(predicate)]</c>: the elements of an array that match; applied to an object, the object itself when it
/// matches (Jayway JsonPath's rule).
/// </summary>
internal sealed class FilterSegment(FilterExpression filter) : PathSegment
{
    public override bool IsDefinite => false;

    public override void Collect(JsonNode? node, JsonNode? root, List<JsonNode?> results)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var element in array)
                {
                    if (filter.Matches(element, root))
                    {
                        results.Add(element);
                    }
                }

                break;
            case JsonObject obj when filter.Matches(obj, root):
                results.Add(obj);
                break;
        }
    }

    public override void AppendCanonical(StringBuilder builder) => builder.Append("[?]");
}
