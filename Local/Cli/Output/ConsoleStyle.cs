namespace OrderEvents.Local.Cli.Output;

/// <summary>ANSI colors for human output, or plain text when disabled (not a terminal, or NO_COLOR set).</summary>
public sealed class ConsoleStyle(bool enabled)
{
    public static ConsoleStyle Plain { get; } = new(false);

    public bool Enabled { get; } = enabled;

    public string Green(string text) => Paint("32", text);

    public string Red(string text) => Paint("31", text);

    public string Yellow(string text) => Paint("33", text);

    public string Cyan(string text) => Paint("36", text);

    public string Dim(string text) => Paint("2", text);

    public string Bold(string text) => Paint("1", text);

    private string Paint(string code, string text) => Enabled && text.Length > 0 ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
