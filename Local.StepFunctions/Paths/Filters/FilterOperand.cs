using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Paths.Segments;

namespace OrderEvents.Local.StepFunctions.Paths.Filters;

/// <summary>One side of a filter comparison: a literal, or a definite path from <c>@</c> or <c>$</c>.</summary>
internal abstract class FilterOperand
{
    /// <returns><see langword="false"/> when a path operand selects nothing.</returns>
    public abstract bool TryResolve(JsonNode? current, JsonNode? root, out JsonNode? value);
}

internal sealed class LiteralOperand(JsonNode? value) : FilterOperand
{
    public override bool TryResolve(JsonNode? current, JsonNode? root, out JsonNode? resolved)
    {
        resolved = value;
        return true;
    }
}

internal sealed class PathOperand(bool fromRoot, IReadOnlyList<PathSegment> segments) : FilterOperand
{
    public override bool TryResolve(JsonNode? current, JsonNode? root, out JsonNode? value)
    {
        value = fromRoot ? root : current;
        foreach (var segment in segments)
        {
            if (!segment.TryStep(value, out value))
            {
                return false;
            }
        }

        return true;
    }
}
