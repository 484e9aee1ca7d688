using System.Text;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Paths.Segments;

namespace OrderEvents.Local.StepFunctions.Paths;

/// <summary>
/// A compiled JSONPath (the Jayway syntax AWS uses): <c>$</c> selects from the data, <c>$$</c> from the context
/// object (the caller passes the matching root). Parsed once; immutable and safe to share across threads.
/// </summary>
public sealed class JsonPath
{
    private readonly PathSegment[] segments;
    private readonly int definitePrefix;

    private JsonPath(string expression, bool isContextPath, PathSegment[] segments)
    {
        Expression = expression;
        IsContextPath = isContextPath;
        this.segments = segments;
        definitePrefix = Array.FindIndex(segments, s => !s.IsDefinite);
        if (definitePrefix < 0)
        {
            definitePrefix = segments.Length;
        }

        IsDefinite = definitePrefix == segments.Length;
    }

    /// <summary>The path as written.</summary>
    public string Expression { get; }

    /// <summary>
    /// True when the path can select at most one node (only <c>.name</c>, <c>['name']</c>, <c>[n]</c>); such a
    /// path yields that node, others yield an array of every match.
    /// </summary>
    public bool IsDefinite { get; }

    /// <summary>True for <c>$$...</c> paths, which the caller applies to the context object.</summary>
    public bool IsContextPath { get; }

    /// <summary>True for <c>$</c> and <c>$$</c> alone.</summary>
    public bool IsRoot => segments.Length == 0;

    /// <exception cref="InvalidPathException">The text is not a path; the reason names the position.</exception>
    public static JsonPath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var cursor = new PathCursor(path);
        var result = Parse(cursor, PathStop.EndOfText);
        if (!cursor.AtEnd)
        {
            throw cursor.Fail("expected the end of the path");
        }

        return result;
    }

    /// <summary>Parses a path that starts at the cursor and ends where <paramref name="stop"/> says.</summary>
    internal static JsonPath Parse(PathCursor cursor, PathStop stop)
    {
        var start = cursor.Position;
        if (!cursor.TryConsume('$'))
        {
            throw cursor.Fail("expected a path starting with '$'");
        }

        var isContext = cursor.TryConsume('$');
        var parsed = PathParser.ParseSegments(cursor, stop);
        return new JsonPath(cursor.Text[start..cursor.Position], isContext, parsed);
    }

    /// <summary>
    /// A definite path returns the selected node itself (part of <paramref name="root"/>: clone it before
    /// attaching it elsewhere). An indefinite path returns a new array holding copies of every match.
    /// </summary>
    /// <exception cref="PathNotFoundException">A definite path, or the definite start of an indefinite one, selects nothing.</exception>
    public JsonNode? Select(JsonNode? root)
    {
        var node = root;
        for (var i = 0; i < definitePrefix; i++)
        {
            if (!segments[i].TryStep(node, out node))
            {
                throw NotFound(i, root);
            }
        }

        return IsDefinite ? node : CollectMatches(node, root);
    }

    /// <summary>Like <see cref="Select"/>, but reports a missing definite value as <see langword="false"/>.</summary>
    public bool TrySelect(JsonNode? root, out JsonNode? result)
    {
        result = root;
        for (var i = 0; i < definitePrefix; i++)
        {
            if (!segments[i].TryStep(result, out result))
            {
                result = null;
                return false;
            }
        }

        if (!IsDefinite)
        {
            result = CollectMatches(result, root);
        }

        return true;
    }

    public override string ToString() => Expression;

    private JsonArray CollectMatches(JsonNode? start, JsonNode? root)
    {
        var current = new List<JsonNode?> { start };
        var next = new List<JsonNode?>();
        for (var i = definitePrefix; i < segments.Length; i++)
        {
            foreach (var node in current)
            {
                segments[i].Collect(node, root, next);
            }

            (current, next) = (next, current);
            next.Clear();
        }

        var array = new JsonArray();
        foreach (var match in current)
        {
            array.Add(match?.DeepClone());
        }

        return array;
    }

    private PathNotFoundException NotFound(int failedSegment, JsonNode? root)
    {
        // Mirrors Jayway's wording: a missing field before the last step is a "missing property"; anything
        // else means the whole path had no result.
        var parent = root;
        for (var i = 0; i < failedSegment; i++)
        {
            segments[i].TryStep(parent, out parent);
        }

        var segment = segments[failedSegment];
        var isLast = failedSegment == segments.Length - 1;
        if (segment is PropertySegment property && parent is not JsonObject)
        {
            return new PathNotFoundException(Expression,
                $"Expected to find an object with property ['{property.Name}'] in path {Canonical(failedSegment)} but found {JsonScalar.TypeName(parent)}");
        }

        return segment is PropertySegment && !isLast
            ? new PathNotFoundException(Expression, $"Missing property in path {Canonical(failedSegment + 1)}")
            : new PathNotFoundException(Expression, $"No results for path: {Canonical(segments.Length)}");
    }

    private string Canonical(int segmentCount)
    {
        var builder = new StringBuilder(IsContextPath ? "$$" : "$");
        for (var i = 0; i < segmentCount; i++)
        {
            segments[i].AppendCanonical(builder);
        }

        return builder.ToString();
    }
}
