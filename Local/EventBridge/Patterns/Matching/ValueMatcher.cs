namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary>One entry of a pattern leaf array: an exact value or a comparison operator.</summary>
internal abstract class ValueMatcher
{
    public abstract bool Matches(in LeafValue value);

    /// <summary>Whether a field with no value satisfies this matcher (only <c>exists: false</c> does).</summary>
    public virtual bool MatchesAbsent => false;
}
