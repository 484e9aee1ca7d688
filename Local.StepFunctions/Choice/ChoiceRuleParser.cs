using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Choice;

/// <summary>
/// Parses choice rules: a top-level rule has Next, a nested one (inside And/Or/Not) must not; each rule is
/// either one And/Or/Not or a Variable with exactly one comparison operator.
/// </summary>
internal static class ChoiceRuleParser
{
    private static readonly string[] Combinators = ["And", "Or", "Not"];

    public static ChoiceCondition Parse(FieldReader rule, bool topLevel)
    {
        if (!topLevel && rule.Has("Next"))
        {
            throw rule.Error("field 'Next' is only allowed in a top-level choice rule");
        }

        var combinator = FindCombinator(rule);
        return combinator is null ? ParseComparison(rule) : ParseCombinator(rule, combinator);
    }

    private static string? FindCombinator(FieldReader rule)
    {
        string? found = null;
        foreach (var name in Combinators)
        {
            if (rule.Has(name))
            {
                found = found is null ? name : throw rule.Error($"fields '{found}' and '{name}' cannot both be set");
            }
        }

        return found;
    }

    private static ChoiceCondition ParseCombinator(FieldReader rule, string combinator)
    {
        foreach (var (name, _) in rule.Json)
        {
            if (name is not ("Next" or "Comment") && name != combinator)
            {
                throw rule.Error($"field '{name}' is not supported beside '{combinator}'");
            }
        }

        if (combinator == "Not")
        {
            var operand = rule.OptionalObject("Not")!;
            return new NotCondition(Parse(new FieldReader(operand, $"{rule.Location}.Not"), topLevel: false));
        }

        var array = rule.RequiredNonEmptyArray(combinator);
        var operands = new ChoiceCondition[array.Count];
        for (var i = 0; i < array.Count; i++)
        {
            var location = $"{rule.Location}.{combinator}[{i}]";
            var json = array[i] as JsonObject ?? throw new InvalidDefinitionException($"{location}: a choice rule must be an object");
            operands[i] = Parse(new FieldReader(json, location), topLevel: false);
        }

        return combinator == "And" ? new AndCondition(operands) : new OrCondition(operands);
    }

    private static Comparison ParseComparison(FieldReader rule)
    {
        ComparisonOperator? op = null;
        foreach (var (name, _) in rule.Json)
        {
            if (name is "Variable" or "Next" or "Comment")
            {
                continue;
            }

            if (!ComparisonOperator.All.TryGetValue(name, out var found))
            {
                throw rule.Error($"field '{name}' is not a comparison operator");
            }

            op = op is null ? found : throw rule.Error($"fields '{op.Name}' and '{name}' cannot both be set; a rule has one operator");
        }

        if (op is null)
        {
            throw rule.Error("a choice rule needs a comparison operator, or And, Or or Not");
        }

        var variableText = rule.OptionalString("Variable") ?? throw rule.Error("field 'Variable' is required");
        var variable = rule.ParseExpression("Variable", () => DataPath.Parse(variableText));
        if (op.IsPath)
        {
            var text = rule.OptionalString(op.Name) ?? throw rule.Error($"field '{op.Name}' must be a path string");
            return new Comparison(variable, op, null, rule.ParseExpression(op.Name, () => DataPath.Parse(text)), null);
        }

        var literal = rule.Raw(op.Name);
        ValidateLiteral(rule, op, literal);
        var pattern = op.Kind == ComparisonKind.StringMatches ? StringPattern.Parse(rule.OptionalString(op.Name)!) : null;
        return new Comparison(variable, op, literal?.DeepClone(), null, pattern);
    }

    private static void ValidateLiteral(FieldReader rule, ComparisonOperator op, JsonNode? literal)
    {
        var valid = op.Kind switch
        {
            ComparisonKind.String or ComparisonKind.StringMatches => JsonScalar.TryGetString(literal, out _),
            ComparisonKind.Numeric => JsonScalar.TryGetDouble(literal, out _),
            ComparisonKind.Timestamp => JsonScalar.TryGetString(literal, out var text) && Timestamps.TryParse(text, out _),
            _ => JsonScalar.TryGetBoolean(literal, out _),
        };

        if (!valid)
        {
            var expected = op.Kind switch
            {
                ComparisonKind.String or ComparisonKind.StringMatches => "a string",
                ComparisonKind.Numeric => "a number",
                ComparisonKind.Timestamp => "an RFC 3339 timestamp string",
                _ => "true or false",
            };
            throw rule.Error($"field '{op.Name}' must be {expected}");
        }
    }
}
