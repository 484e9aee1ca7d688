using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OrderEvents.Local.StepFunctions.Paths.Filters;

/// <summary>
/// <c>@.x =~ /pattern/flags</c>: true when the whole string value matches (Jayway's rule), with the flags
/// <c>i</c> (ignore case), <c>m</c> (multi-line) and <c>s</c> (dot matches newlines). Compiled once, when parsing.
/// </summary>
internal sealed class RegexFilter(FilterOperand operand, Regex pattern) : FilterExpression
{
    public override bool Matches(JsonNode? current, JsonNode? root)
    {
        if (!operand.TryResolve(current, root, out var value) || !JsonScalar.TryGetString(value, out var text))
        {
            return false;
        }

        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pattern that backtracks without end matches nothing rather than stalling the execution.
            return false;
        }
    }

    public static Regex Compile(PathCursor cursor)
    {
        var start = cursor.Position;
        cursor.Expect('/');
        var body = new System.Text.StringBuilder();
        while (cursor.Current != '/')
        {
            if (cursor.AtEnd)
            {
                throw cursor.FailWith($"the regular expression that starts at position {start} has no closing '/'");
            }

            if (cursor.Current == '\\' && cursor.Peek(1) == '/')
            {
                cursor.Advance();
            }

            body.Append(cursor.Current);
            cursor.Advance();
        }

        cursor.Advance();
        var options = RegexOptions.CultureInvariant;
        while (cursor.Current is 'i' or 'm' or 's' && !cursor.AtEnd)
        {
            options |= cursor.Current switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                _ => RegexOptions.Singleline,
            };
            cursor.Advance();
        }

        try
        {
            return new Regex($@"\A(?:{body})\z", options, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            throw cursor.FailWith($"the regular expression '{body}' at position {start} is invalid: {ex.Message}");
        }
    }
}
