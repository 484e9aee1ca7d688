using System.Text.Json;

namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary>
/// One pattern leaf array, e.g. <c>"state": ["running", {"prefix": "stop"}]</c>: satisfied when any
/// entry matches the field's value, or any element of it when the event holds an array.
/// </summary>
internal sealed class LeafCondition
{
    private readonly ValueMatcher[] anyOf;

    public LeafCondition(IReadOnlyList<ValueMatcher> anyOf)
    {
        this.anyOf = [.. anyOf];
        MatchesAbsent = this.anyOf.Any(m => m.MatchesAbsent);
    }

    /// <summary>Whether a field without any leaf value satisfies the condition.</summary>
    public bool MatchesAbsent { get; }

    public bool Matches(JsonElement value)
    {
        if (ElementLeaf.IsLeaf(value.ValueKind))
        {
            return ElementLeaf.AnyMatches(anyOf, value);
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return MatchesAbsent;
        }

        var sawLeaf = false;
        return MatchesAnyElement(value, ref sawLeaf) || (!sawLeaf && MatchesAbsent);
    }

    // Nested arrays are flattened, as EventBridge does; objects inside arrays carry no leaf here.
    private bool MatchesAnyElement(JsonElement array, ref bool sawLeaf)
    {
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                if (MatchesAnyElement(element, ref sawLeaf))
                {
                    return true;
                }
            }
            else if (ElementLeaf.IsLeaf(element.ValueKind))
            {
                sawLeaf = true;
                if (ElementLeaf.AnyMatches(anyOf, element))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
