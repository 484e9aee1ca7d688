using System.Text;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary>A States.Format template split at its <c>{}</c> placeholders: N placeholders give N + 1 text parts.</summary>
internal sealed class FormatTemplate
{
    private FormatTemplate(string[] parts)
    {
        Parts = parts;
        LiteralLength = parts.Sum(p => p.Length);
    }

    public string[] Parts { get; }

    public int PlaceholderCount => Parts.Length - 1;

    public int LiteralLength { get; }

    /// <summary>
    /// Splits a template as written between the quotes of the call, where <c>\{</c>, <c>\}</c>, <c>\'</c> and
    /// <c>\\</c> stand for the character itself. Returns <see langword="null"/> for an unescaped lone brace.
    /// </summary>
    public static FormatTemplate? Compile(string rawText)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < rawText.Length; i++)
        {
            var c = rawText[i];
            if (c == '\\' && i + 1 < rawText.Length)
            {
                current.Append(rawText[++i]);
            }
            else if (c == '{' && i + 1 < rawText.Length && rawText[i + 1] == '}')
            {
                parts.Add(current.ToString());
                current.Clear();
                i++;
            }
            else if (c is '{' or '}')
            {
                return null;
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(current.ToString());
        return new FormatTemplate([.. parts]);
    }

    /// <summary>Splits a template that came from the input: only <c>{}</c> is special there.</summary>
    public static FormatTemplate FromValue(string template) =>
        new(template.Split("{}"));
}
