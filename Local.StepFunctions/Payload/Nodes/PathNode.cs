using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Payload.Nodes;

/// <summary><c>"key.$": "$.path"</c> or <c>"key.$": "$$.path"</c>: a copy of the selected value.</summary>
internal sealed class PathNode(string key, JsonPath path) : TemplateNode
{
    public override JsonNode? Evaluate(in TemplateScope scope)
    {
        var source = path.IsContextPath ? scope.Context : scope.Input;
        JsonNode? selected;
        try
        {
            selected = path.Select(source);
        }
        catch (PathNotFoundException)
        {
            throw MissingPath(path.Expression, key, source);
        }

        // Indefinite paths already return a new array.
        return path.IsDefinite ? selected?.DeepClone() : selected;
    }

    /// <summary>The error AWS raises when a template path selects nothing.</summary>
    public static StatesRuntimeException MissingPath(string expression, string key, JsonNode? source) =>
        new(StatesError.Runtime,
            $"The JSONPath '{expression}' specified for the field '{key}' could not be found in the input '{JsonText.Compact(source)}'");
}
