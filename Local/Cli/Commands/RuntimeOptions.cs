using System.Globalization;
using OrderEvents.Handlers.Logging;
using OrderEvents.Local.Cli.Arguments;
using OrderEvents.Local.Cli.Inputs;
using OrderEvents.Local.Cli.Output;
using OrderEvents.Local.OrderFlow;
using OrderEvents.Local.ProcessMode;
using OrderEvents.Local.StepFunctions.Mocking;
using OrderEvents.Local.StepFunctions.Time;

namespace OrderEvents.Local.Cli.Commands;

/// <summary>The options shared by the commands that run the workflow, and the settings they produce.</summary>
internal static class RuntimeOptions
{
    public const string DefaultOutbox = ".outbox";

    public static IReadOnlyList<OptionSpec> Specs { get; } =
    [
        OptionSpec.Value("seed", "N", "Seeds payment declines, ids and retry jitter (default: a random seed, printed so the run can be replayed)."),
        OptionSpec.Value("decline-rate", "R", "Probability in [0, 1] that the simulated payment gateway declines (default 0.5)."),
        OptionSpec.Value("mock-config", "FILE", "Step Functions Local mock config (MockConfigFile.json format); needs --test-case."),
        OptionSpec.Value("test-case", "NAME", "The test case of --mock-config to run."),
        OptionSpec.Value("outbox", "DIR", $"Where e-mail deliveries are written as .eml files (default {DefaultOutbox}/)."),
        OptionSpec.Flag("virtual-time", "Wait states and retry delays elapse instantly on a virtual clock."),
        OptionSpec.Value("function-logs", "FILE", "Append the functions' JSON log lines to FILE ('-' for stderr; default: discarded)."),
        OptionSpec.Value("lambda-mode", "MODE", "in-process (default): handlers run inside this process; process: each function runs as the "
            + "published Native AOT bootstrap behind its own local Runtime API (published on first use)."),
    ];

    /// <summary>
    /// Applies <c>--lambda-mode</c>: with <c>process</c>, starts the function processes and points the app's
    /// Lambda tasks at them. Dispose the result after the run; it is null in the default in-process mode.
    /// </summary>
    public static async Task<ProcessFunctions?> LambdaModeAsync(
        ParsedArguments arguments, OrderEventsApp app, CliContext context, ILogSink functionLogs, CancellationToken cancellationToken)
    {
        switch (arguments.Value("lambda-mode"))
        {
            case null or "in-process":
                return null;
            case "process":
                var root = RepositoryFiles.Locate(context.WorkingDirectory).Root;
                try
                {
                    var functions = await ProcessFunctions.StartAsync(app, root, context.Error, functionLogs, cancellationToken);
                    app.RunFunctionsOn(functions.Invoker);
                    return functions;
                }
                catch (BootstrapBuildException ex)
                {
                    throw new UsageException($"--lambda-mode process: {DisplayLine.Of(ex.Message)}");
                }

            case var other:
                throw new UsageException($"{arguments.Command.Name}: --lambda-mode must be in-process or process (got '{other}')");
        }
    }

    public static LocalSettings Settings(ParsedArguments arguments, CliContext context, ILogSink functionLogs)
    {
        var seed = arguments.Integer("seed", int.MinValue, int.MaxValue) is { } given ? (int)given : context.NewSeed();
        return new LocalSettings
        {
            Seed = seed,
            DeclineRate = DeclineRate(arguments),
            OutboxDirectory = Path.GetFullPath(arguments.Value("outbox") ?? DefaultOutbox, context.WorkingDirectory),
            Time = arguments.Has("virtual-time") ? new VirtualTimeProvider(context.Time.GetUtcNow()) : context.Time,
            FunctionLogs = functionLogs,
        };
    }

    /// <summary>Reads <c>--mock-config</c> (which needs <c>--test-case</c>), or returns null when neither is given.</summary>
    public static MockConfig? MockConfig(ParsedArguments arguments, CliContext context)
    {
        var file = arguments.Value("mock-config");
        var testCase = arguments.Value("test-case");
        if (file is null && testCase is null)
        {
            return null;
        }

        if (file is null || testCase is null)
        {
            throw new UsageException($"{arguments.Command.Name}: --mock-config and --test-case go together");
        }

        try
        {
            return StepFunctions.Mocking.MockConfig.Load(InputText.ExistingPath(file, "mock-config", context.WorkingDirectory));
        }
        catch (MockConfigException ex)
        {
            throw new UsageException($"--mock-config: {DisplayLine.Of(ex.Message)}");
        }
    }

    /// <summary>A fresh mock session per execution (invocation counts are per execution), or none.</summary>
    public static Func<ITaskMockSession?> MockSessions(ParsedArguments arguments, MockConfig? config, string stateMachineName)
    {
        if (config is null)
        {
            return static () => null;
        }

        var testCase = arguments.Required("test-case");
        try
        {
            // Fail now, before anything runs, when the state machine or test case is not in the file.
            config.CreateSession(stateMachineName, testCase);
        }
        catch (MockConfigException ex)
        {
            throw new UsageException($"--test-case: {DisplayLine.Of(ex.Message)}");
        }

        return () => config.CreateSession(stateMachineName, testCase);
    }

    /// <summary>Opens the <c>--function-logs</c> destination; dispose it after the run.</summary>
    public static FunctionLogDestination FunctionLogs(ParsedArguments arguments, CliContext context)
    {
        var target = arguments.Value("function-logs");
        if (target is null)
        {
            return new FunctionLogDestination(NullLogSink.Instance, null);
        }

        if (target == "-")
        {
            return new FunctionLogDestination(new TextLogSink(context.Error), null);
        }

        try
        {
            var stream = new FileStream(Path.GetFullPath(target, context.WorkingDirectory), FileMode.Append, FileAccess.Write, FileShare.Read);
            return new FunctionLogDestination(new StreamLogSink(stream), stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--function-logs: cannot open '{target}': {ex.Message}");
        }
    }

    private static double DeclineRate(ParsedArguments arguments)
    {
        if (arguments.Value("decline-rate") is not { } text)
        {
            return Handlers.Hosting.FunctionSettings.DefaultDeclineRate;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
            ? rate
            : throw new UsageException($"{arguments.Command.Name}: --decline-rate must be a number from 0 to 1, such as 0.5 (got '{text}')");
    }
}

/// <summary>The functions' log sink and the file behind it, if any.</summary>
internal sealed record FunctionLogDestination(ILogSink Sink, IDisposable? File) : IDisposable
{
    public void Dispose() => File?.Dispose();
}
