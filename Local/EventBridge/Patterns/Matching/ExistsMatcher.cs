namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary>
/// <c>{"exists": true|false}</c>: whether the field has a leaf value (null counts as a value; an
/// object, an empty array or a missing field does not).
/// </summary>
internal sealed class ExistsMatcher(bool shouldExist) : ValueMatcher
{
    public override bool Matches(in LeafValue value) => shouldExist;

    public override bool MatchesAbsent => !shouldExist;
}
