using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Fail;

/// <summary>Error or Cause of a Fail state: a literal, or a path or intrinsic whose value must be a string.</summary>
internal sealed class FailField(string field, string? literal, ValueExpression? expression)
{
    public static FailField Read(FieldReader reader, string literalField, string pathField)
    {
        var literal = reader.OptionalString(literalField);
        var pathText = reader.OptionalString(pathField);
        if (literal is not null && pathText is not null)
        {
            throw reader.Error($"fields '{literalField}' and '{pathField}' cannot both be set");
        }

        var expression = pathText is null ? null : reader.ParseExpression(pathField, () => ValueExpression.Parse(pathText));
        return new FailField(pathField, literal, expression);
    }

    public string Evaluate(JsonNode? input, in StateContext context)
    {
        if (expression is null)
        {
            return literal ?? string.Empty;
        }

        var value = expression.Evaluate(input, context);
        return JsonScalar.TryGetString(value, out var text)
            ? text
            : throw new StatesRuntimeException(StatesError.Runtime, DataPath.RuntimeCause(
                context.StateName, $"The value of the field '{field}' must be a string, but '{expression.Text}' selected {JsonScalar.TypeName(value)}."));
    }
}
