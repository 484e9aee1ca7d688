namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary>
/// <c>{"numeric": [">", 0, "&lt;=", 5]}</c> and its single-sided and <c>=</c> forms. Only JSON numbers
/// inside EventBridge's comparable range match; strings never do.
/// </summary>
internal sealed class NumericRangeMatcher(NumericBound? lower, NumericBound? upper) : ValueMatcher
{
    public override bool Matches(in LeafValue value)
    {
        if (value.Kind != LeafKind.Number || !value.IsComparable)
        {
            return false;
        }

        var n = value.Number;
        if (lower is { } low && (low.Inclusive ? n < low.Value : n <= low.Value))
        {
            return false;
        }

        return upper is not { } high || (high.Inclusive ? n <= high.Value : n < high.Value);
    }
}

internal readonly record struct NumericBound(decimal Value, bool Inclusive);
