namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary>
/// A number in a leaf array: matches an event number with the same literal text, or, when both are
/// comparable, the same numeric value (5 matches 5.0).
/// </summary>
internal sealed class ExactNumberMatcher(byte[] literal, decimal? comparable) : ValueMatcher
{
    public override bool Matches(in LeafValue value) =>
        value.Kind == LeafKind.Number
        && (value.Utf8.SequenceEqual(literal)
            || (comparable is { } number && value.IsComparable && value.Number == number));
}
