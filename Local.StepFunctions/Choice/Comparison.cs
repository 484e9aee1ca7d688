using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Choice;

/// <summary>
/// <c>Variable</c> compared by one operator with a literal or with the value at another path. Values of the
/// wrong type compare false; a Variable that selects nothing is a States.Runtime error (except for IsPresent).
/// </summary>
internal sealed class Comparison(DataPath variable, ComparisonOperator op, JsonNode? literal, DataPath? operandPath, StringPattern? pattern)
    : ChoiceCondition
{
    public override bool Evaluate(JsonNode? input, in StateContext context)
    {
        var found = variable.TrySelect(input, context, out var value);
        if (op.Kind == ComparisonKind.IsPresent)
        {
            return found == ExpectedBoolean();
        }

        if (!found)
        {
            throw new StatesRuntimeException(StatesError.Runtime, DataPath.RuntimeCause(context.StateName,
                $"Invalid path '{variable.Text}': The choice state's condition path references an invalid value."));
        }

        if (op.IsTypeTest)
        {
            return TypeTest(value) == ExpectedBoolean();
        }

        if (op.Kind == ComparisonKind.StringMatches)
        {
            return JsonScalar.TryGetString(value, out var text) && pattern!.IsMatch(text);
        }

        var operand = op.IsPath ? operandPath!.Select(input, context) : literal;
        return op.Kind switch
        {
            ComparisonKind.String => JsonScalar.TryGetString(value, out var left) && JsonScalar.TryGetString(operand, out var right)
                && Holds(string.CompareOrdinal(left, right)),
            ComparisonKind.Numeric => JsonScalar.TryGetDouble(value, out var left) && JsonScalar.TryGetDouble(operand, out var right)
                && Holds(left.CompareTo(right)),
            ComparisonKind.Boolean => JsonScalar.TryGetBoolean(value, out var left) && JsonScalar.TryGetBoolean(operand, out var right)
                && left == right,
            _ => TryTimestamp(value, out var left) && TryTimestamp(operand, out var right) && Holds(left.CompareTo(right)),
        };
    }

    private bool ExpectedBoolean() => JsonScalar.TryGetBoolean(literal, out var expected) && expected;

    private bool TypeTest(JsonNode? value) => op.Kind switch
    {
        ComparisonKind.IsNull => JsonScalar.TypeName(value) == "null",
        ComparisonKind.IsNumeric => JsonScalar.TryGetDouble(value, out _),
        ComparisonKind.IsString => JsonScalar.TryGetString(value, out _),
        ComparisonKind.IsBoolean => JsonScalar.TryGetBoolean(value, out _),
        _ => TryTimestamp(value, out _),
    };

    private bool Holds(int comparison) => op.Relation switch
    {
        Relation.Equals => comparison == 0,
        Relation.LessThan => comparison < 0,
        Relation.GreaterThan => comparison > 0,
        Relation.LessThanEquals => comparison <= 0,
        _ => comparison >= 0,
    };

    private static bool TryTimestamp(JsonNode? node, out DateTimeOffset time)
    {
        time = default;
        return JsonScalar.TryGetString(node, out var text) && Timestamps.TryParse(text, out time);
    }
}
