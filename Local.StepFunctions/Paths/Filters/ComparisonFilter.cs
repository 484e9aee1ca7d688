using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Paths.Filters;

internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
}

/// <summary>
/// <c>left op right</c>. Numbers compare numerically and strings ordinally; values of different types are
/// never equal or ordered. A missing operand makes every comparison false except <c>!=</c>.
/// </summary>
internal sealed class ComparisonFilter(FilterOperand left, ComparisonOperator op, FilterOperand right) : FilterExpression
{
    public override bool Matches(JsonNode? current, JsonNode? root)
    {
        if (!left.TryResolve(current, root, out var a) || !right.TryResolve(current, root, out var b))
        {
            return op == ComparisonOperator.NotEqual;
        }

        return op switch
        {
            ComparisonOperator.Equal => JsonEquality.AreEqual(a, b),
            ComparisonOperator.NotEqual => !JsonEquality.AreEqual(a, b),
            _ => TryCompare(a, b, out var order) && op switch
            {
                ComparisonOperator.LessThan => order < 0,
                ComparisonOperator.LessThanOrEqual => order <= 0,
                ComparisonOperator.GreaterThan => order > 0,
                _ => order >= 0,
            },
        };
    }

    private static bool TryCompare(JsonNode? a, JsonNode? b, out int order)
    {
        if (JsonScalar.TryGetDouble(a, out var x) && JsonScalar.TryGetDouble(b, out var y))
        {
            order = x.CompareTo(y);
            return true;
        }

        if (a is JsonValue va && b is JsonValue vb
            && va.GetValueKind() == JsonValueKind.String && vb.GetValueKind() == JsonValueKind.String)
        {
            order = string.CompareOrdinal(va.GetValue<string>(), vb.GetValue<string>());
            return true;
        }

        order = 0;
        return false;
    }
}
