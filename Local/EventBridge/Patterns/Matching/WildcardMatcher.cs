namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary><c>{"wildcard": "dir/*.png"}</c>: a string value matching the wildcard expression.</summary>
internal sealed class WildcardMatcher(WildcardExpression expression) : ValueMatcher
{
    public override bool Matches(in LeafValue value) => value.IsString && expression.Matches(value.Utf8);
}
