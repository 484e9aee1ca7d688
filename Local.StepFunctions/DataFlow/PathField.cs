using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;

namespace OrderEvents.Local.StepFunctions.DataFlow;

/// <summary>InputPath or OutputPath: <c>$</c> by default, a path, or JSON null (which yields <c>{}</c>).</summary>
internal sealed class PathField
{
    public static readonly PathField Root = new(null, isNull: false);

    private static readonly PathField NullPath = new(null, isNull: true);

    private readonly DataPath? _path;
    private readonly bool _isNull;

    private PathField(DataPath? path, bool isNull)
    {
        _path = path;
        _isNull = isNull;
    }

    public bool IsRoot => !_isNull && (_path is null || _path.IsInputRoot);

    /// <summary>The path when it is a plain <c>$.a.b</c> path, for shortcuts that recognize one.</summary>
    public string? Text => _path?.Text;

    public static PathField Read(FieldReader reader, string field)
    {
        if (!reader.Has(field))
        {
            return Root;
        }

        if (reader.IsJsonNull(field))
        {
            return NullPath;
        }

        var text = reader.OptionalString(field)!;
        var path = reader.ParseExpression(field, () => DataPath.Parse(text));
        return path.IsInputRoot ? Root : new PathField(path, isNull: false);
    }

    /// <exception cref="StatesRuntimeException">States.Runtime when the path selects nothing.</exception>
    public JsonNode? Apply(JsonNode? input, in StateContext context)
    {
        if (_isNull)
        {
            return new JsonObject();
        }

        return _path is null ? input : _path.Select(input, context);
    }
}
