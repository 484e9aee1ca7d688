using System.Text.Json;

namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary>
/// A pattern object: every field must match, and each <c>$or</c> group needs one matching branch.
/// Branches are evaluated against the same event object as the fields beside them.
/// </summary>
internal sealed class ObjectMatcher
{
    private readonly FieldMatcher[] fields;
    private readonly ObjectMatcher[][] orGroups;

    public ObjectMatcher(IReadOnlyList<FieldMatcher> fields, IReadOnlyList<IReadOnlyList<ObjectMatcher>> orGroups)
    {
        this.fields = [.. fields];
        this.orGroups = [.. orGroups.Select(g => g.ToArray())];
        MatchesAbsent = this.fields.All(f => f.MatchesAbsent)
            && this.orGroups.All(g => g.Any(branch => branch.MatchesAbsent));
    }

    /// <summary>Whether the pattern holds for an object that is missing altogether.</summary>
    public bool MatchesAbsent { get; }

    /// <summary>Matches an event object.</summary>
    public bool Matches(JsonElement obj)
    {
        foreach (var field in fields)
        {
            if (!field.Matches(obj))
            {
                return false;
            }
        }

        foreach (var group in orGroups)
        {
            if (!AnyBranchMatches(group, obj))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Matches the value found under this pattern's key: an object directly, an array when any of its
    /// objects matches; a scalar (or an array without objects) leaves every nested field absent.
    /// </summary>
    public bool MatchesValue(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                return Matches(value);
            case JsonValueKind.Array:
                var sawObject = false;
                return MatchesAnyObject(value, ref sawObject) || (!sawObject && MatchesAbsent);
            default:
                return MatchesAbsent;
        }
    }

    private bool MatchesAnyObject(JsonElement array, ref bool sawObject)
    {
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                sawObject = true;
                if (Matches(element))
                {
                    return true;
                }
            }
            else if (element.ValueKind == JsonValueKind.Array && MatchesAnyObject(element, ref sawObject))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyBranchMatches(ObjectMatcher[] branches, JsonElement obj)
    {
        foreach (var branch in branches)
        {
            if (branch.Matches(obj))
            {
                return true;
            }
        }

        return false;
    }
}
