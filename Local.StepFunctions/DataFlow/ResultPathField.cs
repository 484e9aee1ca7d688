using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.DataFlow;

/// <summary>ResultPath: <c>$</c> replaces the input with the result, null keeps the input, a path merges.</summary>
internal sealed class ResultPathField
{
    public static readonly ResultPathField Replace = new(null, discard: false);

    private static readonly ResultPathField Discard = new(null, discard: true);

    private readonly ReferencePath? _path;
    private readonly bool _discard;

    private ResultPathField(ReferencePath? path, bool discard)
    {
        _path = path;
        _discard = discard;
    }

    public bool IsReplace => _path is null && !_discard;

    public static ResultPathField Read(FieldReader reader, string field)
    {
        if (!reader.Has(field))
        {
            return Replace;
        }

        if (reader.IsJsonNull(field))
        {
            return Discard;
        }

        var text = reader.OptionalString(field)!;
        if (text == "$")
        {
            return Replace;
        }

        return new ResultPathField(reader.ParseExpression(field, () => ReferencePath.Parse(text)), discard: false);
    }

    /// <exception cref="StatesRuntimeException">States.ResultPathMatchFailure when the result cannot be placed.</exception>
    public JsonNode? Apply(JsonNode? rawInput, JsonNode? result)
    {
        if (_discard)
        {
            return rawInput;
        }

        if (_path is null)
        {
            return result;
        }

        // The result may be (part of) the raw input itself, e.g. a Pass state without Result.
        if (result is not null && (result.Parent is not null || ReferenceEquals(result, rawInput)))
        {
            result = result.DeepClone();
        }

        return _path.Apply(rawInput, result);
    }
}
