using OrderEvents.Local.Cli.Output;

namespace OrderEvents.Local.Cli;

/// <summary>
/// Everything a command touches outside its arguments: the output writers, the working directory
/// (relative paths and the default outbox), the clock and whether to color. Tests pass their own.
/// </summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public ConsoleStyle Style { get; init; } = ConsoleStyle.Plain;

    /// <summary>Used when <c>--seed</c> is not given; the chosen seed is printed so the run can be replayed.</summary>
    public Func<int> NewSeed { get; init; } = static () => Random.Shared.Next(1, 1_000_000);

    /// <summary>The process's console: colors only when stdout is a terminal and NO_COLOR is unset.</summary>
    public static CliContext FromConsole()
    {
        var color = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new CliContext(Console.Out, Console.Error, Environment.CurrentDirectory) { Style = new ConsoleStyle(color) };
    }
}
