using System.Text;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Paths.Segments;

/// <summary>One step of a compiled path: <c>.name</c>, <c>[0]</c>, <c>[*]</c>, <c>..x</c>, <c>[?()]</c>...</summary>
internal abstract class PathSegment
{
    /// <summary>Whether this step selects at most one node.</summary>
    public abstract bool IsDefinite { get; }

    /// <summary>Takes this step from <paramref name="node"/>; only definite steps implement it.</summary>
    public virtual bool TryStep(JsonNode? node, out JsonNode? child)
    {
        child = null;
        return false;
    }

    /// <summary>Adds every node this step selects from <paramref name="node"/> to <paramref name="results"/>.</summary>
    /// <param name="root">The document the whole path is applied to (filters may refer to it with <c>$</c>).</param>
    public abstract void Collect(JsonNode? node, JsonNode? root, List<JsonNode?> results);

    /// <summary>Writes the step in bracket notation (<c>['name']</c>, <c>[0]</c>) for error messages.</summary>
    public abstract void AppendCanonical(StringBuilder builder);
}
