namespace OrderEvents.Benchmarks.Harness;

/// <summary>The command line: <c>[all|engine|patterns|process|coldstart|mainjob] [--quick]</c>.</summary>
internal sealed record BenchOptions(IReadOnlyList<string> Groups, bool Quick)
{
    public static readonly IReadOnlyList<string> AllGroups = ["engine", "patterns", "mainjob", "coldstart", "process"];

    public const string Usage = "usage: dotnet run -c Release --project Benchmarks -- [all|engine|patterns|process|coldstart|mainjob]... [--quick]";

    /// <exception cref="ArgumentException">An unknown scenario group or option; the message says which.</exception>
    public static BenchOptions Parse(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var groups = new List<string>();
        var quick = false;
        foreach (var argument in arguments)
        {
            if (argument == "--quick")
            {
                quick = true;
            }
            else if (argument == "all")
            {
                groups.AddRange(AllGroups);
            }
            else if (AllGroups.Contains(argument))
            {
                groups.Add(argument);
            }
            else
            {
                throw new ArgumentException(argument.StartsWith('-')
                    ? $"unknown option '{argument}' (the only option is --quick)"
                    : $"unknown scenario group '{argument}' (choose all, {string.Join(", ", AllGroups)})");
            }
        }

        // Groups run in the table's order whatever order they were named in.
        var chosen = groups.Count == 0 ? AllGroups : AllGroups.Where(groups.Contains).ToList();
        return new BenchOptions(chosen, quick);
    }
}
