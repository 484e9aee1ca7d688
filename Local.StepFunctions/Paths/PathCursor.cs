using System.Globalization;

namespace OrderEvents.Local.StepFunctions.Paths;

/// <summary>
/// Reads an expression left to right for the path, filter and intrinsic parsers; every failure names what
/// was expected, the position and what was found, quoting the whole expression being parsed.
/// </summary>
internal sealed class PathCursor(string text, int position = 0)
{
    public string Text { get; } = text;

    public int Position { get; set; } = position;

    public bool AtEnd => Position >= Text.Length;

    public char Current => Position < Text.Length ? Text[Position] : '\0';

    public char Peek(int offset) => Position + offset < Text.Length ? Text[Position + offset] : '\0';

    public void Advance(int count = 1) => Position += count;

    public void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            Position++;
        }
    }

    public bool TryConsume(char expected)
    {
        if (Current != expected || AtEnd)
        {
            return false;
        }

        Position++;
        return true;
    }

    public bool TryConsume(string expected)
    {
        if (string.CompareOrdinal(Text, Position, expected, 0, expected.Length) != 0)
        {
            return false;
        }

        Position += expected.Length;
        return true;
    }

    public void Expect(char expected)
    {
        if (!TryConsume(expected))
        {
            throw Fail($"expected '{expected}'");
        }
    }

    /// <summary>Reads an optionally signed decimal integer, or returns <see langword="null"/> when none starts here.</summary>
    public int? TryReadInteger()
    {
        var start = Position;
        if (Current == '-')
        {
            Position++;
        }

        var digitsStart = Position;
        while (!AtEnd && char.IsAsciiDigit(Current))
        {
            Position++;
        }

        if (Position == digitsStart)
        {
            Position = start;
            return null;
        }

        if (!int.TryParse(Text.AsSpan(start, Position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Position = start;
            throw Fail("expected an integer that fits in 32 bits");
        }

        return value;
    }

    /// <summary>Reads a string quoted with <paramref name="quote"/>; a backslash takes the next character literally.</summary>
    public string ReadQuoted(char quote)
    {
        Expect(quote);
        var builder = new System.Text.StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw Fail($"expected a closing {quote}");
            }

            var c = Current;
            Position++;
            if (c == quote)
            {
                return builder.ToString();
            }

            if (c == '\\')
            {
                if (AtEnd)
                {
                    throw Fail($"expected a character after '\\'");
                }

                c = Current;
                Position++;
            }

            builder.Append(c);
        }
    }

    public InvalidPathException Fail(string expected) =>
        new(Text, $"{expected} at position {Position} but found {Found()}");

    public InvalidPathException FailWith(string reason) => new(Text, reason);

    private string Found() => AtEnd ? "the end" : $"'{Current}'";
}
