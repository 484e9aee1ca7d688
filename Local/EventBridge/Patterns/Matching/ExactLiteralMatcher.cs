namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary><c>true</c>, <c>false</c> or <c>null</c> in a leaf array: matches that JSON literal only.</summary>
internal sealed class ExactLiteralMatcher(LeafKind kind) : ValueMatcher
{
    public override bool Matches(in LeafValue value) => value.Kind == kind;
}
