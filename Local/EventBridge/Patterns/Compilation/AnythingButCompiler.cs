using System.Text.Json;
using OrderEvents.Local.EventBridge.Patterns.Matching;

namespace OrderEvents.Local.EventBridge.Patterns.Compilation;

/// <summary>
/// Compiles <c>{"anything-but": ...}</c>: a string or number, a list of strings or of numbers, or
/// an object applying prefix, suffix, equals-ignore-case or wildcard to a string or list of strings.
/// </summary>
internal static class AnythingButCompiler
{
    private const string TooManyElements = "Too many elements in numeric expression";

    /// <summary>Reads from after the "anything-but" key through the operator object's end token.</summary>
    public static AnythingButMatcher Read(ref PatternReader reader)
    {
        string? nested = null;
        var token = reader.Read();
        if (token == JsonTokenType.StartObject)
        {
            if (reader.Read() != JsonTokenType.PropertyName)
            {
                throw reader.Fail("Anything-But expression name not found");
            }

            nested = reader.Text();
            if (nested is not (MatchTypes.EqualsIgnoreCase or MatchTypes.Prefix or MatchTypes.Suffix
                or MatchTypes.Wildcard))
            {
                throw reader.Fail($"Unsupported anything-but pattern: {nested}");
            }

            token = reader.Read();
        }

        if (token is not (JsonTokenType.StartArray or JsonTokenType.String or JsonTokenType.Number))
        {
            throw reader.Fail("Value of anything-but must be an array or single string/number value.");
        }

        var excluded = nested is null ? ReadValues(ref reader) : ReadNested(ref reader, nested);
        MatchExpressionCompiler.ExpectEndObject(ref reader, TooManyElements);
        if (nested is not null)
        {
            MatchExpressionCompiler.ExpectEndObject(ref reader, TooManyElements);
        }

        return new AnythingButMatcher(excluded);
    }

    private static List<ValueMatcher> ReadValues(ref PatternReader reader)
    {
        if (reader.Token != JsonTokenType.StartArray)
        {
            return [ReadValue(ref reader)];
        }

        var values = new List<ValueMatcher>();
        var strings = 0;
        while (reader.Read() != JsonTokenType.EndArray)
        {
            if (reader.Token is not (JsonTokenType.String or JsonTokenType.Number))
            {
                throw reader.Fail("Inside anything but list, start|null|boolean is not supported.");
            }

            strings += reader.Token == JsonTokenType.String ? 1 : 0;
            values.Add(ReadValue(ref reader));
        }

        if (values.Count == 0 || (strings != 0 && strings != values.Count))
        {
            throw reader.Fail(
                "Inside anything but list, either all values are number or string, mixed type is not supported");
        }

        return values;
    }

    private static ValueMatcher ReadValue(ref PatternReader reader)
    {
        if (reader.Token == JsonTokenType.String)
        {
            return new ExactStringMatcher(reader.Text());
        }

        try
        {
            var literal = reader.NumberLiteral;
            return new ExactNumberMatcher(literal.ToArray(), ComparableNumber.ReadPatternValue(literal));
        }
        catch (ArgumentException ex)
        {
            throw reader.Fail(ex.Message);
        }
    }

    private static List<ValueMatcher> ReadNested(ref PatternReader reader, string matchType)
    {
        var values = new List<ValueMatcher>();
        if (reader.Token != JsonTokenType.StartArray)
        {
            values.Add(ReadNestedValue(ref reader, matchType));
            return values;
        }

        while (reader.Read() != JsonTokenType.EndArray)
        {
            values.Add(ReadNestedValue(ref reader, matchType));
        }

        return values;
    }

    private static ValueMatcher ReadNestedValue(ref PatternReader reader, string matchType)
    {
        if (reader.Token != JsonTokenType.String)
        {
            throw reader.Fail(matchType switch
            {
                MatchTypes.EqualsIgnoreCase =>
                    "Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.",
                MatchTypes.Wildcard => "wildcard match pattern must be a string",
                _ => "prefix/suffix match pattern must be a string",
            });
        }

        var text = reader.Text();
        if (text.Length == 0 && matchType is MatchTypes.Prefix or MatchTypes.Suffix)
        {
            throw reader.Fail("Null prefix/suffix not allowed");
        }

        return matchType switch
        {
            MatchTypes.Prefix => new PrefixMatcher(text),
            MatchTypes.Suffix => new SuffixMatcher(text),
            MatchTypes.Wildcard => new WildcardMatcher(MatchExpressionCompiler.ReadWildcard(ref reader, text)),
            _ => new IgnoreCaseMatcher(text, IgnoreCaseMode.Equals),
        };
    }
}
