using System.Globalization;
using System.Text.RegularExpressions;

namespace OrderEvents.Local.Cli.Inputs;

/// <summary>
/// Keeps error messages to one readable line: System.Text.Json's "Path: $ | LineNumber: 0 |
/// BytePositionInLine: 5." suffix becomes "(line 1, column 6)" and line breaks become spaces.
/// </summary>
public static partial class DisplayLine
{
    public static string Of(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var readable = ReaderPosition().Replace(message, match => string.Create(
            CultureInfo.InvariantCulture,
            $" (line {long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1}, column {long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) + 1})"));
        return readable.ReplaceLineEndings(" ");
    }

    [GeneratedRegex(@"\.?\s*(?:Path: \$[^|]*\|\s*)?LineNumber: (\d+) \| BytePositionInLine: (\d+)\.?")]
    private static partial Regex ReaderPosition();
}
