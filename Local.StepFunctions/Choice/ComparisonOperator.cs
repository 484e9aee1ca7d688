using System.Collections.Frozen;

namespace OrderEvents.Local.StepFunctions.Choice;

/// <summary>What a comparison compares (its data type, or the test it makes).</summary>
internal enum ComparisonKind
{
    String,
    Numeric,
    Boolean,
    Timestamp,
    StringMatches,
    IsNull,
    IsPresent,
    IsNumeric,
    IsString,
    IsBoolean,
    IsTimestamp,
}

/// <summary>How two values of the same type must relate.</summary>
internal enum Relation
{
    Equals,
    LessThan,
    GreaterThan,
    LessThanEquals,
    GreaterThanEquals,
}

/// <summary>One comparison operator of a choice rule, e.g. NumericLessThanEqualsPath.</summary>
internal sealed record ComparisonOperator(string Name, ComparisonKind Kind, Relation Relation, bool IsPath)
{
    /// <summary>Every operator the Choice state defines, by name.</summary>
    public static readonly FrozenDictionary<string, ComparisonOperator> All = Build();

    public bool IsTypeTest => Kind >= ComparisonKind.IsNull;

    private static FrozenDictionary<string, ComparisonOperator> Build()
    {
        var operators = new Dictionary<string, ComparisonOperator>(StringComparer.Ordinal);
        foreach (var kind in (ReadOnlySpan<ComparisonKind>)[ComparisonKind.String, ComparisonKind.Numeric, ComparisonKind.Timestamp])
        {
            foreach (var relation in Enum.GetValues<Relation>())
            {
                var name = $"{kind}{relation}";
                operators[name] = new ComparisonOperator(name, kind, relation, IsPath: false);
                operators[name + "Path"] = new ComparisonOperator(name + "Path", kind, relation, IsPath: true);
            }
        }

        operators["BooleanEquals"] = new("BooleanEquals", ComparisonKind.Boolean, Relation.Equals, IsPath: false);
        operators["BooleanEqualsPath"] = new("BooleanEqualsPath", ComparisonKind.Boolean, Relation.Equals, IsPath: true);
        operators["StringMatches"] = new("StringMatches", ComparisonKind.StringMatches, Relation.Equals, IsPath: false);
        foreach (var kind in (ReadOnlySpan<ComparisonKind>)[ComparisonKind.IsNull, ComparisonKind.IsPresent, ComparisonKind.IsNumeric,
                     ComparisonKind.IsString, ComparisonKind.IsBoolean, ComparisonKind.IsTimestamp])
        {
            operators[kind.ToString()] = new(kind.ToString(), kind, Relation.Equals, IsPath: false);
        }

        return operators.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
