using System.Text.Json;
using OrderEvents.Local.EventBridge.Patterns.Matching;

namespace OrderEvents.Local.EventBridge.Patterns.Compilation;

/// <summary>Compiles one operator object of a leaf array, e.g. <c>{"prefix": "us-"}</c>.</summary>
internal static class MatchExpressionCompiler
{
    private const string OneKeyOnly = "Only one key allowed in match expression";

    /// <summary>Reads from the operator object's start token through its end token.</summary>
    public static ValueMatcher Read(ref PatternReader reader)
    {
        if (reader.Read() != JsonTokenType.PropertyName)
        {
            throw reader.Fail("Match expression name not found");
        }

        var matchType = reader.Text();
        ValueMatcher matcher = matchType switch
        {
            MatchTypes.Prefix => ReadAffix(ref reader, MatchTypes.Prefix, IgnoreCaseMode.Prefix),
            MatchTypes.Suffix => ReadAffix(ref reader, MatchTypes.Suffix, IgnoreCaseMode.Suffix),
            MatchTypes.EqualsIgnoreCase => new IgnoreCaseMatcher(
                ReadString(ref reader, "equals-ignore-case match pattern must be a string"), IgnoreCaseMode.Equals),
            MatchTypes.Wildcard => new WildcardMatcher(
                ReadWildcard(ref reader, ReadString(ref reader, "wildcard match pattern must be a string"))),
            MatchTypes.Cidr => ReadCidr(ref reader),
            MatchTypes.Exists => ReadExists(ref reader),
            MatchTypes.Numeric => NumericExpressionCompiler.Read(ref reader),
            MatchTypes.AnythingBut => AnythingButCompiler.Read(ref reader),
            _ => throw reader.Fail($"Unrecognized match type {matchType}"),
        };

        // numeric and anything-but check their own closing brace, with their own message.
        if (matchType is not (MatchTypes.Numeric or MatchTypes.AnythingBut))
        {
            ExpectEndObject(ref reader, OneKeyOnly);
        }

        return matcher;
    }

    public static void ExpectEndObject(ref PatternReader reader, string reason)
    {
        if (reader.Read() != JsonTokenType.EndObject)
        {
            throw reader.Fail(reason);
        }
    }

    public static WildcardExpression ReadWildcard(ref PatternReader reader, string text)
    {
        try
        {
            return WildcardExpression.Parse(text);
        }
        catch (ArgumentException ex)
        {
            throw reader.Fail(ex.Message);
        }
    }

    private static string ReadString(ref PatternReader reader, string reason) =>
        reader.Read() == JsonTokenType.String ? reader.Text() : throw reader.Fail(reason);

    // prefix/suffix take a string or {"equals-ignore-case": string}.
    private static ValueMatcher ReadAffix(ref PatternReader reader, string matchType, IgnoreCaseMode mode)
    {
        var token = reader.Read();
        if (token == JsonTokenType.String)
        {
            return matchType == MatchTypes.Prefix ? new PrefixMatcher(reader.Text()) : new SuffixMatcher(reader.Text());
        }

        var label = matchType == MatchTypes.Prefix ? "Prefix" : "Suffix";
        if (token != JsonTokenType.StartObject)
        {
            throw reader.Fail($"{matchType} match pattern must be a string");
        }

        if (reader.Read() != JsonTokenType.PropertyName)
        {
            throw reader.Fail($"{label} expression name not found");
        }

        if (reader.Text() != MatchTypes.EqualsIgnoreCase)
        {
            throw reader.Fail($"Unsupported {matchType} pattern: {reader.Text()}");
        }

        var text = ReadString(ref reader, "equals-ignore-case match pattern must be a string");
        ExpectEndObject(ref reader, OneKeyOnly);
        return new IgnoreCaseMatcher(text, mode);
    }

    private static CidrMatcher ReadCidr(ref PatternReader reader)
    {
        var text = ReadString(ref reader, "cidr match pattern must be a string");
        try
        {
            return new CidrMatcher(IpNetwork.Parse(text));
        }
        catch (ArgumentException ex)
        {
            throw reader.Fail(ex.Message);
        }
    }

    private static ExistsMatcher ReadExists(ref PatternReader reader) => reader.Read() switch
    {
        JsonTokenType.True => new ExistsMatcher(true),
        JsonTokenType.False => new ExistsMatcher(false),
        _ => throw reader.Fail("exists match pattern must be either true or false."),
    };
}
