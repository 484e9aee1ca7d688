using OrderEvents.Local.Cli.Arguments;
using OrderEvents.Local.Cli.Commands;

namespace OrderEvents.Local.Cli;

/// <summary>
/// The <c>orderevents-local</c> command line: routes to a command, prints help, and turns failures into
/// one-line messages and exit codes (2 for the user's mistakes, 1 for anything unexpected).
/// </summary>
public static class CliApplication
{
    private const string Program = "orderevents-local";

    private static readonly ICommand[] Commands = [new PutEventsCommand(), new ExecuteCommand(), new TestEventPatternCommand()];

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        if (args.Length == 0)
        {
            await context.Error.WriteAsync(Overview());
            return ExitCodes.Usage;
        }

        if (args[0] is "--help" or "-h" or "help")
        {
            await context.Out.WriteAsync(Overview());
            return ExitCodes.Success;
        }

        var command = Commands.FirstOrDefault(c => c.Spec.Name == args[0]);
        if (command is null)
        {
            await context.Error.WriteLineAsync($"{Program}: unknown command '{args[0]}' (commands: {string.Join(", ", Commands.Select(c => c.Spec.Name))}; see '{Program} --help')");
            return ExitCodes.Usage;
        }

        var rest = args[1..];
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            await context.Out.WriteAsync(command.Spec.Help());
            return ExitCodes.Success;
        }

        try
        {
            return await command.RunAsync(ArgumentParser.Parse(command.Spec, rest), context, cancellationToken);
        }
        catch (UsageException ex)
        {
            await context.Error.WriteLineAsync(ex.Bare ? ex.Message : $"{Program}: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync($"{Program}: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            // Not the user's mistake: still one line, with the exception type to report it by.
            await context.Error.WriteLineAsync($"{Program}: unexpected error: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.Unexpected;
        }
    }

    private static string Overview()
    {
        var width = Commands.Max(c => c.Spec.Name.Length) + 2;
        var lines = Commands.Select(c => $"  {c.Spec.Name.PadRight(width)}{c.Spec.Title}");
        return $"""
            Usage: {Program} <command> [options]

            Runs the OrderEvents workflow on this machine: the EventBridge bus and rule, the Step Functions
            workflow and the Lambda functions in-process, and SNS topics that deliver e-mail to an outbox folder.

            Commands:
            {string.Join(Environment.NewLine, lines)}

            Run '{Program} <command> --help' for a command's options.

            """;
    }
}
