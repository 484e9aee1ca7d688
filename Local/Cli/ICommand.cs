using OrderEvents.Local.Cli.Arguments;

namespace OrderEvents.Local.Cli;

/// <summary>One command of the command line.</summary>
public interface ICommand
{
    CommandSpec Spec { get; }

    /// <returns>The process exit code.</returns>
    Task<int> RunAsync(ParsedArguments arguments, CliContext context, CancellationToken cancellationToken);
}
