namespace OrderEvents.Local.Cli.Arguments;

/// <summary>One <c>--option</c> of a command: a flag, or an option taking one value.</summary>
/// <param name="ValueName">The placeholder shown in help; <see langword="null"/> for a flag.</param>
public sealed record OptionSpec(string Name, string? ValueName, string Description, bool Required = false)
{
    public bool IsFlag => ValueName is null;

    public static OptionSpec Flag(string name, string description) => new(name, null, description);

    public static OptionSpec Value(string name, string valueName, string description, bool required = false) =>
        new(name, valueName, description, required);
}
