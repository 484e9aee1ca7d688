namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary>
/// <c>{"anything-but": ...}</c>: a present value that none of the excluded matchers accept (so a
/// missing field never matches, and an array matches when any element is not excluded).
/// </summary>
internal sealed class AnythingButMatcher(IReadOnlyList<ValueMatcher> excluded) : ValueMatcher
{
    private readonly ValueMatcher[] excluded = [.. excluded];

    public override bool Matches(in LeafValue value)
    {
        foreach (var matcher in excluded)
        {
            if (matcher.Matches(value))
            {
                return false;
            }
        }

        return true;
    }
}
