using System.Globalization;

namespace OrderEvents.Local.Cli.Arguments;

/// <summary>The options given to one command, checked against its <see cref="CommandSpec"/>.</summary>
public sealed class ParsedArguments(CommandSpec command, IReadOnlyDictionary<string, string?> values)
{
    public CommandSpec Command { get; } = command;

    public bool Has(string name) => values.ContainsKey(name);

    public string? Value(string name) => values.TryGetValue(name, out var value) ? value : null;

    public string Required(string name) =>
        Value(name) ?? throw new UsageException($"{Command.Name}: missing required option --{name}");

    /// <summary>An optional integer option within [min, max].</summary>
    public long? Integer(string name, long min, long max)
    {
        if (Value(name) is not { } text)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new UsageException($"{Command.Name}: --{name} must be an integer from {min} to {max}, got '{text}'");
        }

        return value;
    }
}
