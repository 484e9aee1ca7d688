using System.Text;

namespace OrderEvents.Local.StepFunctions.Choice;

/// <summary>
/// A StringMatches pattern: <c>*</c> matches any run of characters, <c>\*</c> a literal star and <c>\\</c> a
/// literal backslash. Compiled once into the literal pieces between the wildcards.
/// </summary>
internal sealed class StringPattern(string[] pieces)
{
    public static StringPattern Parse(string pattern)
    {
        var parsed = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && pattern[i + 1] is '*' or '\\')
            {
                current.Append(pattern[++i]);
            }
            else if (c == '*')
            {
                parsed.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        parsed.Add(current.ToString());
        return new StringPattern([.. parsed]);
    }

    public bool IsMatch(string text)
    {
        var span = text.AsSpan();
        if (pieces.Length == 1)
        {
            return span.SequenceEqual(pieces[0]);
        }

        // The first piece is anchored at the start and the last at the end; taking each middle piece at its
        // leftmost occurrence leaves the most room for the rest, so no backtracking is needed.
        var first = pieces[0];
        var last = pieces[^1];
        if (span.Length < first.Length + last.Length || !span.StartsWith(first) || !span.EndsWith(last))
        {
            return false;
        }

        var middle = span[first.Length..^last.Length];
        for (var i = 1; i < pieces.Length - 1; i++)
        {
            var at = middle.IndexOf(pieces[i], StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            middle = middle[(at + pieces[i].Length)..];
        }

        return true;
    }
}
