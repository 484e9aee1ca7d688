using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;
using OrderEvents.Local.StepFunctions.Intrinsics.Functions;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Intrinsics;

/// <summary>
/// Parses <c>States.Name(arg, ...)</c> where an argument is a <c>$</c>/<c>$$</c> path, a <c>'quoted'</c> string
/// (escapes <c>\'</c> <c>\{</c> <c>\}</c> <c>\\</c>), a number, <c>true</c>, <c>false</c>, <c>null</c> or a nested call.
/// </summary>
internal static class IntrinsicParser
{
    /// <summary>AWS allows up to 10 intrinsic functions nested within one field.</summary>
    public const int MaxNesting = 10;

    private static readonly (string Word, JsonNode? Value)[] Keywords =
    [
        ("true", JsonValue.Create(true)),
        ("false", JsonValue.Create(false)),
        ("null", null),
    ];

    public static StatesFunction Parse(string expression)
    {
        var cursor = new PathCursor(expression);
        cursor.SkipWhitespace();
        var function = ParseCall(cursor, 1);
        cursor.SkipWhitespace();
        if (!cursor.AtEnd)
        {
            throw cursor.Fail("expected the end of the expression after ')'");
        }

        return function;
    }

    private static StatesFunction ParseCall(PathCursor cursor, int depth)
    {
        if (depth > MaxNesting)
        {
            throw cursor.FailWith($"intrinsic functions are nested more than {MaxNesting} deep at position {cursor.Position}");
        }

        var nameStart = cursor.Position;
        if (!cursor.TryConsume("States."))
        {
            throw cursor.Fail("expected an intrinsic function name starting with 'States.'");
        }

        while (char.IsAsciiLetterOrDigit(cursor.Current))
        {
            cursor.Advance();
        }

        var name = cursor.Text[nameStart..cursor.Position];
        cursor.SkipWhitespace();
        cursor.Expect('(');
        var arguments = new List<IntrinsicArgument>();
        cursor.SkipWhitespace();
        if (!cursor.TryConsume(')'))
        {
            do
            {
                cursor.SkipWhitespace();
                arguments.Add(ParseArgument(cursor, depth));
                cursor.SkipWhitespace();
            }
            while (cursor.TryConsume(','));

            if (!cursor.TryConsume(')'))
            {
                throw cursor.Fail("expected ',' or ')'");
            }
        }

        return StatesFunctionCatalog.Create(name, arguments, cursor, nameStart);
    }

    private static IntrinsicArgument ParseArgument(PathCursor cursor, int depth)
    {
        if (cursor.AtEnd)
        {
            throw cursor.Fail("expected an argument");
        }

        switch (cursor.Current)
        {
            case '$':
                return new PathArgument(JsonPath.Parse(cursor, PathStop.IntrinsicArgument));
            case '\'':
                return ParseString(cursor);
            case 'S':
                return new CallArgument(ParseCall(cursor, depth + 1));
        }

        foreach (var (word, value) in Keywords)
        {
            if (string.CompareOrdinal(cursor.Text, cursor.Position, word, 0, word.Length) == 0
                && IsArgumentEnd(cursor.Peek(word.Length), cursor.Position + word.Length >= cursor.Text.Length))
            {
                cursor.Advance(word.Length);
                return new LiteralArgument(value?.DeepClone());
            }
        }

        return ParseNumber(cursor);
    }

    private static bool IsArgumentEnd(char next, bool atEnd) => atEnd || next is ',' or ')' || char.IsWhiteSpace(next);

    private static StringLiteralArgument ParseString(PathCursor cursor)
    {
        var open = cursor.Position;
        cursor.Advance();
        var value = new StringBuilder();
        var rawStart = cursor.Position;
        while (true)
        {
            if (cursor.AtEnd)
            {
                throw cursor.FailWith($"the string that starts at position {open} has no closing '");
            }

            var c = cursor.Current;
            if (c == '\'')
            {
                var raw = cursor.Text[rawStart..cursor.Position];
                cursor.Advance();
                return new StringLiteralArgument(value.ToString(), raw);
            }

            if (c == '\\')
            {
                var escaped = cursor.Peek(1);
                if (escaped is not ('\'' or '{' or '}' or '\\'))
                {
                    throw cursor.FailWith(
                        $"an open escape at position {cursor.Position}: only \\', \\{{, \\}} and \\\\ may follow a backslash");
                }

                value.Append(escaped);
                cursor.Advance(2);
                continue;
            }

            value.Append(c);
            cursor.Advance();
        }
    }

    private static LiteralArgument ParseNumber(PathCursor cursor)
    {
        var start = cursor.Position;
        while (!cursor.AtEnd && !IsArgumentEnd(cursor.Current, atEnd: false))
        {
            cursor.Advance();
        }

        // A number literal follows JSON's grammar (no leading '+', no '.5', no '1.').
        if (TryParseJsonNumber(cursor.Text[start..cursor.Position]) is { } number)
        {
            return new LiteralArgument(number);
        }

        cursor.Position = start;
        throw cursor.Fail("expected a path, a 'quoted string', a number, true, false, null or a States. call");
    }

    private static JsonNode? TryParseJsonNumber(string text)
    {
        if (text.Length == 0 || !(char.IsAsciiDigit(text[0]) || text[0] == '-'))
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(text);
            return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? node : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
