using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Paths.Filters;

/// <summary>The predicate inside <c>[?( ... )]</c>, tested against each candidate node (<c>@</c>).</summary>
internal abstract class FilterExpression
{
    public abstract bool Matches(JsonNode? current, JsonNode? root);
}

/// <summary><c>a &amp;&amp; b</c>.</summary>
internal sealed class AndFilter(FilterExpression left, FilterExpression right) : FilterExpression
{
    public override bool Matches(JsonNode? current, JsonNode? root) =>
        left.Matches(current, root) && right.Matches(current, root);
}

/// <summary><c>a || b</c>.</summary>
internal sealed class OrFilter(FilterExpression left, FilterExpression right) : FilterExpression
{
    public override bool Matches(JsonNode? current, JsonNode? root) =>
        left.Matches(current, root) || right.Matches(current, root);
}

/// <summary>
/// <c>!a</c>. Negating a bare path is true when the value is missing or null, as Step Functions Local treats
/// it (a bare path on its own only tests presence).
/// </summary>
internal sealed class NotFilter(FilterExpression inner) : FilterExpression
{
    public override bool Matches(JsonNode? current, JsonNode? root) =>
        inner is ExistsFilter exists ? !exists.MatchesNonNull(current, root) : !inner.Matches(current, root);
}

/// <summary>A bare path such as <c>@.isbn</c>: true when the value is present (even when it is null).</summary>
internal sealed class ExistsFilter(FilterOperand operand) : FilterExpression
{
    public override bool Matches(JsonNode? current, JsonNode? root) => operand.TryResolve(current, root, out _);

    public bool MatchesNonNull(JsonNode? current, JsonNode? root) =>
        operand.TryResolve(current, root, out var value) && value is not null;
}
