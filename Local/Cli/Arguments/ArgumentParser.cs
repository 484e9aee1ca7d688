namespace OrderEvents.Local.Cli.Arguments;

/// <summary>
/// Parses <c>--name value</c>, <c>--name=value</c> and <c>--flag</c> against a <see cref="CommandSpec"/>,
/// rejecting unknown, repeated and value-less options and stray positional words.
/// </summary>
public static class ArgumentParser
{
    public static ParsedArguments Parse(CommandSpec command, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new UsageException($"{command.Name}: unexpected argument '{arg}' (options start with --)");
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg[2..] : arg[2..equals];
            var option = command.Find(name)
                ?? throw new UsageException($"{command.Name}: unknown option --{name}{Suggestion(command, name)}");
            if (values.ContainsKey(name))
            {
                throw new UsageException($"{command.Name}: option --{name} is given more than once");
            }

            if (option.IsFlag)
            {
                if (equals >= 0)
                {
                    throw new UsageException($"{command.Name}: option --{name} is a flag and takes no value");
                }

                values[name] = null;
            }
            else if (equals >= 0)
            {
                values[name] = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !IsOptionName(args[i + 1]))
            {
                values[name] = args[++i];
            }
            else
            {
                throw new UsageException($"{command.Name}: option --{name} needs a value ({option.ValueName})");
            }
        }

        foreach (var option in command.Options)
        {
            if (option.Required && !values.ContainsKey(option.Name))
            {
                throw new UsageException($"{command.Name}: missing required option --{option.Name} {option.ValueName}");
            }
        }

        return new ParsedArguments(command, values);
    }

    private static bool IsOptionName(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2;

    private static string Suggestion(CommandSpec command, string name)
    {
        var close = command.Options.FirstOrDefault(o =>
            o.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase) || name.StartsWith(o.Name, StringComparison.OrdinalIgnoreCase));
        return close is null ? $" (see 'orderevents-local {command.Name} --help')" : $" (did you mean --{close.Name}?)";
    }
}
