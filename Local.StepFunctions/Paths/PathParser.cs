using OrderEvents.Local.StepFunctions.Paths.Filters;
using OrderEvents.Local.StepFunctions.Paths.Segments;

namespace OrderEvents.Local.StepFunctions.Paths;

/// <summary>
/// Compiles the steps after <c>$</c>, <c>$$</c> or <c>@</c>: <c>.name</c>, <c>.*</c>, <c>['a']</c>, <c>['a','b']</c>,
/// <c>[n]</c>, <c>[-n]</c>, <c>[a,b]</c>, <c>[s:e:st]</c>, <c>[*]</c>, <c>..step</c> and <c>[?(filter)]</c>.
/// </summary>
internal static class PathParser
{
    public static PathSegment[] ParseSegments(PathCursor cursor, PathStop stop)
    {
        var segments = new List<PathSegment>();
        while (!cursor.AtEnd && !IsStop(cursor, stop))
        {
            if (cursor.Current == '.' && cursor.Peek(1) == '.')
            {
                cursor.Advance(2);
                segments.Add(new DescendantSegment(ParseStepAfterDot(cursor, stop, afterDescendant: true)));
            }
            else if (cursor.TryConsume('.'))
            {
                segments.Add(ParseStepAfterDot(cursor, stop, afterDescendant: false));
            }
            else if (cursor.Current == '[')
            {
                segments.Add(ParseBracket(cursor));
            }
            else
            {
                throw cursor.Fail("expected '.', '..' or '['");
            }
        }

        return [.. segments];
    }

    private static bool IsStop(PathCursor cursor, PathStop stop) => stop switch
    {
        PathStop.IntrinsicArgument => cursor.Current is ',' or ')' || char.IsWhiteSpace(cursor.Current),
        PathStop.FilterOperand => cursor.Current is ')' or '=' or '!' or '<' or '>' or '&' or '|'
            || char.IsWhiteSpace(cursor.Current),
        _ => false,
    };

    private static PathSegment ParseStepAfterDot(PathCursor cursor, PathStop stop, bool afterDescendant)
    {
        if (cursor.TryConsume('*'))
        {
            return WildcardSegment.Instance;
        }

        if (afterDescendant && cursor.Current == '[')
        {
            return ParseBracket(cursor);
        }

        var start = cursor.Position;
        while (!cursor.AtEnd && cursor.Current is not ('.' or '[') && !IsStop(cursor, stop))
        {
            if (char.IsWhiteSpace(cursor.Current))
            {
                throw cursor.FailWith(
                    $"a blank at position {cursor.Position}; write a field name that contains blanks in brackets, e.g. ['my field']");
            }

            if (cursor.Current is ']' or '\'' or '"')
            {
                throw cursor.Fail("expected a field name character");
            }

            cursor.Advance();
        }

        if (cursor.Position == start)
        {
            throw cursor.Fail(afterDescendant ? "expected a field name, '*' or '[' after '..'" : "expected a field name or '*' after '.'");
        }

        return new PropertySegment(cursor.Text[start..cursor.Position]);
    }

    private static PathSegment ParseBracket(PathCursor cursor)
    {
        cursor.Expect('[');
        cursor.SkipWhitespace();
        PathSegment segment;
        if (cursor.TryConsume('*'))
        {
            segment = WildcardSegment.Instance;
        }
        else if (cursor.TryConsume('?'))
        {
            cursor.SkipWhitespace();
            cursor.Expect('(');
            var filter = FilterParser.Parse(cursor);
            cursor.SkipWhitespace();
            cursor.Expect(')');
            segment = new FilterSegment(filter);
        }
        else if (cursor.Current is '\'' or '"' && !cursor.AtEnd)
        {
            segment = ParseNames(cursor);
        }
        else if (cursor.Current is '-' or ':' || char.IsAsciiDigit(cursor.Current))
        {
            segment = ParseIndexes(cursor);
        }
        else
        {
            throw cursor.Fail("expected '*', '?(', a quoted field name, an index or a slice after '['");
        }

        cursor.SkipWhitespace();
        cursor.Expect(']');
        return segment;
    }

    private static PathSegment ParseNames(PathCursor cursor)
    {
        var names = new List<string>();
        do
        {
            cursor.SkipWhitespace();
            if (cursor.Current is not ('\'' or '"') || cursor.AtEnd)
            {
                throw cursor.Fail("expected a quoted field name");
            }

            names.Add(cursor.ReadQuoted(cursor.Current));
            cursor.SkipWhitespace();
        }
        while (cursor.TryConsume(','));

        return names.Count == 1 ? new PropertySegment(names[0]) : new NameUnionSegment(names);
    }

    private static PathSegment ParseIndexes(PathCursor cursor)
    {
        var first = cursor.TryReadInteger();
        cursor.SkipWhitespace();
        if (cursor.Current == ':')
        {
            return ParseSlice(cursor, first);
        }

        if (first is null)
        {
            throw cursor.Fail("expected an index");
        }

        var indexes = new List<int> { first.Value };
        while (cursor.TryConsume(','))
        {
            cursor.SkipWhitespace();
            indexes.Add(cursor.TryReadInteger() ?? throw cursor.Fail("expected an index after ','"));
            cursor.SkipWhitespace();
        }

        return indexes.Count == 1 ? new IndexSegment(indexes[0]) : new IndexUnionSegment(indexes);
    }

    private static SliceSegment ParseSlice(PathCursor cursor, int? start)
    {
        cursor.Expect(':');
        cursor.SkipWhitespace();
        var end = cursor.TryReadInteger();
        cursor.SkipWhitespace();
        var step = 1;
        if (cursor.TryConsume(':'))
        {
            cursor.SkipWhitespace();
            var stepStart = cursor.Position;
            step = cursor.TryReadInteger() ?? 1;
            if (step == 0)
            {
                cursor.Position = stepStart;
                throw cursor.FailWith($"a slice step of 0 at position {stepStart}; the step must not be 0");
            }
        }

        return new SliceSegment(start, end, step);
    }
}
