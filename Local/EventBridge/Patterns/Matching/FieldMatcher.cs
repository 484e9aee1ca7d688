using System.Text;
using System.Text.Json;

namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary>
/// Everything a pattern says about one field name of an object: its leaf arrays (all must hold; a
/// repeated key adds one more) and its nested object pattern (repeated object keys are merged).
/// </summary>
internal sealed class FieldMatcher
{
    private readonly byte[] utf8Name;
    private readonly LeafCondition[] conditions;
    private readonly ObjectMatcher? child;

    public FieldMatcher(string name, IReadOnlyList<LeafCondition> conditions, ObjectMatcher? child)
    {
        Name = name;
        utf8Name = Encoding.UTF8.GetBytes(name);
        this.conditions = [.. conditions];
        this.child = child;
        MatchesAbsent = this.conditions.All(c => c.MatchesAbsent) && (child?.MatchesAbsent ?? true);
    }

    public string Name { get; }

    /// <summary>Whether the pattern is satisfied when the field is missing (only exists:false leaves).</summary>
    public bool MatchesAbsent { get; }

    public bool Matches(JsonElement owner)
    {
        if (!owner.TryGetProperty(utf8Name, out var value))
        {
            return MatchesAbsent;
        }

        foreach (var condition in conditions)
        {
            if (!condition.Matches(value))
            {
                return false;
            }
        }

        return child is null || child.MatchesValue(value);
    }
}
