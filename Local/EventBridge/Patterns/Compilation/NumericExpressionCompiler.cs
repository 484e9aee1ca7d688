using System.Text.Json;
using OrderEvents.Local.EventBridge.Patterns.Matching;

namespace OrderEvents.Local.EventBridge.Patterns.Compilation;

/// <summary>
/// Compiles <c>{"numeric": [op, value]}</c> and ranges <c>[">"|">=", low, "&lt;"|"&lt;=", high]</c>.
/// </summary>
internal static class NumericExpressionCompiler
{
    private const string TooManyElements = "Too many elements in numeric expression";

    /// <summary>Reads from after the "numeric" key through the operator object's end token.</summary>
    public static NumericRangeMatcher Read(ref PatternReader reader)
    {
        if (reader.Read() != JsonTokenType.StartArray)
        {
            throw reader.Fail("Value of numeric must be an array.");
        }

        var matcher = ReadTerms(ref reader);
        MatchExpressionCompiler.ExpectEndObject(ref reader, TooManyElements);
        return matcher;
    }

    private static NumericRangeMatcher ReadTerms(ref PatternReader reader)
    {
        if (reader.Read() != JsonTokenType.String)
        {
            throw reader.Fail($"Invalid member in numeric match: {reader.Text()}");
        }

        var op = reader.Text();
        switch (op)
        {
            case "=":
                var equal = ReadValue(ref reader, "equals");
                ExpectEndArray(ref reader, TooManyElements);
                return new NumericRangeMatcher(new NumericBound(equal, true), new NumericBound(equal, true));
            case "<" or "<=":
                var top = ReadValue(ref reader, op);
                ExpectEndArray(ref reader, TooManyElements);
                return new NumericRangeMatcher(null, new NumericBound(top, op == "<="));
            case ">" or ">=":
                var bottom = new NumericBound(ReadValue(ref reader, op), op == ">=");
                return reader.Read() == JsonTokenType.EndArray
                    ? new NumericRangeMatcher(bottom, null)
                    : new NumericRangeMatcher(bottom, ReadUpperBound(ref reader, bottom));
            default:
                throw reader.Fail($"Unrecognized numeric range operator: {op}");
        }
    }

    private static NumericBound ReadUpperBound(ref PatternReader reader, NumericBound bottom)
    {
        if (reader.Token != JsonTokenType.String)
        {
            throw reader.Fail($"Bad value in numeric range: {reader.Text()}");
        }

        var op = reader.Text();
        if (op is not ("<" or "<="))
        {
            throw reader.Fail($"Bad numeric range operator: {op}");
        }

        var top = ReadValue(ref reader, op);
        ExpectEndArray(ref reader, "Too many terms in numeric range expression");
        if (top <= bottom.Value)
        {
            throw reader.Fail("Bottom must be less than top");
        }

        return new NumericBound(top, op == "<=");
    }

    private static decimal ReadValue(ref PatternReader reader, string op)
    {
        if (reader.Read() != JsonTokenType.Number)
        {
            throw reader.Fail($"Value of {op} must be numeric");
        }

        try
        {
            return ComparableNumber.ReadPatternValue(reader.NumberLiteral);
        }
        catch (ArgumentException ex)
        {
            throw reader.Fail(ex.Message);
        }
    }

    private static void ExpectEndArray(ref PatternReader reader, string reason)
    {
        if (reader.Read() != JsonTokenType.EndArray)
        {
            throw reader.Fail(reason);
        }
    }
}
