using System.Text;

namespace OrderEvents.Local.Cli.Arguments;

/// <summary>A command's name, one-line title, longer summary and options; renders its own help.</summary>
public sealed record CommandSpec(string Name, string Title, string Summary, IReadOnlyList<OptionSpec> Options, string? Example = null)
{
    private const int Width = 100;

    public OptionSpec? Find(string name) => Options.FirstOrDefault(o => o.Name == name);

    public string Help()
    {
        var text = new StringBuilder();
        text.Append("Usage: orderevents-local ").Append(Name);
        foreach (var option in Options)
        {
            var usage = option.IsFlag ? $"--{option.Name}" : $"--{option.Name} {option.ValueName}";
            text.Append(' ').Append(option.Required ? usage : $"[{usage}]");
        }

        text.AppendLine().AppendLine();
        foreach (var line in Wrap(Summary))
        {
            text.AppendLine(line);
        }

        text.AppendLine().AppendLine("Options:");
        var width = Options.Max(o => OptionLabel(o).Length);
        foreach (var option in Options)
        {
            text.Append("  ").Append(OptionLabel(option).PadRight(width + 2)).AppendLine(option.Description);
        }

        text.Append("  ").Append("--help".PadRight(width + 2)).AppendLine("Show this help.");
        if (Example is not null)
        {
            text.AppendLine().AppendLine("Example:").Append("  ").AppendLine(Example);
        }

        return text.ToString();
    }

    private static IEnumerable<string> Wrap(string paragraph)
    {
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > Width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static string OptionLabel(OptionSpec option) =>
        option.IsFlag ? $"--{option.Name}" : $"--{option.Name} {option.ValueName}";
}
