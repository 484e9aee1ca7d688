using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Paths.Segments;

namespace OrderEvents.Local.StepFunctions.Paths;

/// <summary>
/// A ResultPath: a definite path (<c>$</c>, <c>.name</c>, <c>['name']</c>, <c>[n]</c>) saying where a state's
/// result goes in its raw input. Parsed once; immutable and safe to share across threads.
/// </summary>
public sealed class ReferencePath
{
    private readonly PathSegment[] segments;

    private ReferencePath(string expression, PathSegment[] segments)
    {
        Expression = expression;
        this.segments = segments;
    }

    /// <summary>The path as written.</summary>
    public string Expression { get; }

    /// <summary>True for <c>$</c>: the result replaces the whole input.</summary>
    public bool IsRoot => segments.Length == 0;

    /// <exception cref="InvalidPathException">Not a path, a context path, or a path that is not a single reference.</exception>
    public static ReferencePath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var cursor = new PathCursor(path);
        if (path.StartsWith("$$", StringComparison.Ordinal))
        {
            throw cursor.FailWith("a reference path cannot refer to the context object ('$$')");
        }

        var parsed = JsonPath.Parse(path);
        if (!parsed.IsDefinite)
        {
            throw cursor.FailWith(
                "a reference path must name a single value: only .name, ['name'] and [index] are allowed (no '..', '*', ',', ':' or '?')");
        }

        cursor.Advance();
        return new ReferencePath(path, PathParser.ParseSegments(cursor, PathStop.EndOfText));
    }

    /// <summary>
    /// Places <paramref name="result"/> into a copy of <paramref name="rawInput"/> at this path and returns it;
    /// missing objects on the way are created, as AWS does. <paramref name="rawInput"/> is left unchanged; the
    /// result is attached as-is unless it already belongs to another document, in which case it is copied.
    /// </summary>
    /// <exception cref="StatesRuntimeException"><c>States.ResultPathMatchFailure</c> when the path cannot be applied
    /// (it crosses a value that is not an object, or an index outside an array).</exception>
    public JsonNode? Apply(JsonNode? rawInput, JsonNode? result)
    {
        var detached = result?.Parent is null ? result : result.DeepClone();
        if (IsRoot)
        {
            return detached;
        }

        var output = rawInput?.DeepClone();
        var node = output;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            node = StepOrCreate(node, segments[i], rawInput);
        }

        Assign(node, segments[^1], detached, rawInput);
        return output;
    }

    public override string ToString() => Expression;

    private JsonNode StepOrCreate(JsonNode? node, PathSegment segment, JsonNode? rawInput)
    {
        if (segment is PropertySegment property && node is JsonObject obj)
        {
            if (obj.TryGetPropertyValue(property.Name, out var child) && child is JsonObject or JsonArray)
            {
                return child!;
            }

            if (child is not null)
            {
                throw MatchFailure(rawInput);
            }

            var created = new JsonObject();
            obj[property.Name] = created;
            return created;
        }

        if (segment.TryStep(node, out var element) && element is JsonObject or JsonArray)
        {
            return element!;
        }

        throw MatchFailure(rawInput);
    }

    private void Assign(JsonNode? node, PathSegment segment, JsonNode? value, JsonNode? rawInput)
    {
        switch (segment)
        {
            case PropertySegment property when node is JsonObject obj:
                obj[property.Name] = value;
                return;
            case IndexSegment index when node is JsonArray array:
                var effective = index.Index < 0 ? array.Count + index.Index : index.Index;
                if (effective >= 0 && effective < array.Count)
                {
                    array[effective] = value;
                    return;
                }

                break;
        }

        throw MatchFailure(rawInput);
    }

    // Worded as AWS words it: Unable to apply ReferencePath $.x to input "{...}".
    private StatesRuntimeException MatchFailure(JsonNode? rawInput) =>
        new(StatesError.ResultPathMatchFailure,
            $"Unable to apply ReferencePath {Expression} to input \"{JsonText.Compact(rawInput)}\"");
}
