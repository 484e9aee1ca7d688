using OrderEvents.Local.Cli;

namespace OrderEvents.Local.Tests.Cli;

/// <summary>What one in-process run of the command line printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the real command entry point in-process with captured output and a chosen working directory.</summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, workingDirectory) { NewSeed = () => 4242 };
        var exitCode = await CliApplication.RunAsync(args, context);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
