using System.Globalization;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Paths.Segments;

namespace OrderEvents.Local.StepFunctions.Paths.Filters;

/// <summary>
/// Parses the predicate of <c>[?( ... )]</c>: comparisons (<c>== != &lt; &lt;= &gt; &gt;=</c>) of <c>@</c>/<c>$</c>
/// paths and literals, <c>=~ /regex/flags</c>, bare paths (presence), <c>!</c>, <c>&amp;&amp;</c>, <c>||</c> and parentheses.
/// </summary>
internal static class FilterParser
{
    public static FilterExpression Parse(PathCursor cursor) => ParseOr(cursor);

    private static FilterExpression ParseOr(PathCursor cursor)
    {
        var left = ParseAnd(cursor);
        while (true)
        {
            cursor.SkipWhitespace();
            if (!cursor.TryConsume("||"))
            {
                return left;
            }

            left = new OrFilter(left, ParseAnd(cursor));
        }
    }

    private static FilterExpression ParseAnd(PathCursor cursor)
    {
        var left = ParseUnary(cursor);
        while (true)
        {
            cursor.SkipWhitespace();
            if (!cursor.TryConsume("&&"))
            {
                return left;
            }

            left = new AndFilter(left, ParseUnary(cursor));
        }
    }

    private static FilterExpression ParseUnary(PathCursor cursor)
    {
        cursor.SkipWhitespace();
        if (cursor.Current == '!' && cursor.Peek(1) != '=')
        {
            cursor.Advance();
            return new NotFilter(ParseUnary(cursor));
        }

        if (cursor.TryConsume('('))
        {
            var inner = ParseOr(cursor);
            cursor.SkipWhitespace();
            cursor.Expect(')');
            return inner;
        }

        var left = ParseOperand(cursor, out var isPath);
        cursor.SkipWhitespace();
        if (cursor.TryConsume("=~"))
        {
            cursor.SkipWhitespace();
            return new RegexFilter(left, RegexFilter.Compile(cursor));
        }

        var op = TryReadOperator(cursor);
        if (op is null)
        {
            return isPath ? new ExistsFilter(left) : throw cursor.Fail("expected a comparison operator after a literal");
        }

        cursor.SkipWhitespace();
        var right = ParseOperand(cursor, out _);
        return new ComparisonFilter(left, op.Value, right);
    }

    private static ComparisonOperator? TryReadOperator(PathCursor cursor)
    {
        if (cursor.TryConsume("=="))
        {
            return ComparisonOperator.Equal;
        }

        if (cursor.TryConsume("!="))
        {
            return ComparisonOperator.NotEqual;
        }

        if (cursor.TryConsume("<="))
        {
            return ComparisonOperator.LessThanOrEqual;
        }

        if (cursor.TryConsume(">="))
        {
            return ComparisonOperator.GreaterThanOrEqual;
        }

        if (cursor.TryConsume('<'))
        {
            return ComparisonOperator.LessThan;
        }

        return cursor.TryConsume('>') ? ComparisonOperator.GreaterThan : null;
    }

    private static FilterOperand ParseOperand(PathCursor cursor, out bool isPath)
    {
        isPath = false;
        switch (cursor.Current)
        {
            case '@' or '$' when !cursor.AtEnd:
                isPath = true;
                return ParsePathOperand(cursor);
            case '\'' or '"' when !cursor.AtEnd:
                return new LiteralOperand(JsonValue.Create(cursor.ReadQuoted(cursor.Current)));
        }

        if (cursor.TryConsume("true"))
        {
            return new LiteralOperand(JsonValue.Create(true));
        }

        if (cursor.TryConsume("false"))
        {
            return new LiteralOperand(JsonValue.Create(false));
        }

        if (cursor.TryConsume("null"))
        {
            return new LiteralOperand(null);
        }

        return new LiteralOperand(ReadNumber(cursor));
    }

    private static PathOperand ParsePathOperand(PathCursor cursor)
    {
        var fromRoot = cursor.Current == '$';
        var start = cursor.Position;
        cursor.Advance();
        var segments = PathParser.ParseSegments(cursor, PathStop.FilterOperand);
        foreach (var segment in segments)
        {
            if (!segment.IsDefinite)
            {
                throw cursor.FailWith(
                    $"the filter operand '{cursor.Text[start..cursor.Position]}' must select a single value (only .name, ['name'] and [index])");
            }
        }

        return new PathOperand(fromRoot, segments);
    }

    private static JsonValue ReadNumber(PathCursor cursor)
    {
        var start = cursor.Position;
        if (cursor.Current is '-' or '+')
        {
            cursor.Advance();
        }

        while (!cursor.AtEnd && (char.IsAsciiDigit(cursor.Current) || cursor.Current is '.' or 'e' or 'E'
            || (cursor.Current is '-' or '+' && cursor.Text[cursor.Position - 1] is 'e' or 'E')))
        {
            cursor.Advance();
        }

        var text = cursor.Text.AsSpan(start, cursor.Position - start);
        if (text.IsEmpty || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            cursor.Position = start;
            throw cursor.Fail("expected '@', '$', a quoted string, a number, true, false or null");
        }

        return JsonValue.Create(number);
    }
}
