using OrderEvents.Local.Cli.Arguments;
using OrderEvents.Local.Cli.Inputs;
using OrderEvents.Local.Cli.Output;
using OrderEvents.Local.EventBridge.Bus;
using OrderEvents.Local.EventBridge.Entries;
using OrderEvents.Local.EventBridge.Patterns;
using OrderEvents.Local.OrderFlow;
using OrderEvents.Local.StepFunctions;
using OrderEvents.Local.StepFunctions.Mocking;

namespace OrderEvents.Local.Cli.Commands;

/// <summary>
/// <c>put-events</c>, the twin of <c>aws events put-events</c>: sends the entries to the local
/// <c>order-events</c> bus and shows, per entry, the rule it matched, the workflow execution it started,
/// and the e-mails the workflow sent.
/// </summary>
internal sealed class PutEventsCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "put-events",
        "Send events to the local order-events bus and watch the workflows they start.",
        "Sends events to the local order-events bus (like 'aws events put-events') and shows, for each entry, the rule it matched, "
        + "the order workflow execution it started, state by state, and the e-mail notifications written to the outbox.",
        [
            OptionSpec.Value("entries", "file://PATH|JSON", "The PutEvents entries: an array of {Source, DetailType, Detail, EventBusName, Resources, Time}.", required: true),
            OptionSpec.Flag("json", "Print one JSON document (the PutEvents response with executions and notifications) instead of text."),
            .. RuntimeOptions.Specs,
        ],
        "orderevents-local put-events --entries file://events/order-placed.json");

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var entries = LoadEntries(arguments.Required("entries"), context);
        if (entries.Count is < 1 or > EventBus.MaxEntriesPerCall)
        {
            throw new UsageException($"--entries: PutEvents takes 1 to {EventBus.MaxEntriesPerCall} entries, the file has {entries.Count}");
        }

        using var logs = RuntimeOptions.FunctionLogs(arguments, context);
        var settings = RuntimeOptions.Settings(arguments, context, logs.Sink);
        var mocks = RuntimeOptions.MockSessions(arguments, RuntimeOptions.MockConfig(arguments, context), LocalSettings.StateMachineName);
        var app = OrderEventsApp.Create(settings);
        await using var processes = await RuntimeOptions.LambdaModeAsync(arguments, app, context, logs.Sink, cancellationToken);
        var flow = CreateFlow(app, context, mocks);

        PutEventsOutcome outcome;
        try
        {
            outcome = await flow.PutEventsAsync(entries, cancellationToken);
        }
        catch (PutEventsRequestException ex)
        {
            throw new UsageException($"--entries: {ex.Message}");
        }

        var view = new PutEventsView(outcome, settings, context, arguments.Value("test-case"));
        if (arguments.Has("json"))
        {
            view.WriteJson(context.Out);
        }
        else
        {
            view.WriteText(context.Out);
        }

        var rejected = outcome.Result.FailedEntryCount;
        if (rejected == 0)
        {
            return ExitCodes.Success;
        }

        await context.Error.WriteLineAsync($"orderevents-local: put-events: {rejected} of {entries.Count} entries rejected (see ErrorCode/ErrorMessage above)");
        return ExitCodes.Usage;
    }

    /// <summary>The app and flow from the repository's workflow files; a broken file is the user's to fix (exit 2).</summary>
    private static OrderPlacedFlow CreateFlow(OrderEventsApp app, CliContext context, Func<ITaskMockSession?> mocks)
    {
        try
        {
            var files = RepositoryFiles.Locate(context.WorkingDirectory);
            return OrderPlacedFlow.Create(app, files, mocks);
        }
        catch (FileNotFoundException ex)
        {
            throw new UsageException(ex.Message);
        }
        catch (InvalidDefinitionException ex)
        {
            throw new UsageException($"{RepositoryFiles.WorkflowDefinition}: {DisplayLine.Of(ex.Message)}");
        }
        catch (InvalidEventPatternException ex)
        {
            throw new UsageException($"{RepositoryFiles.RulePattern}: {DisplayLine.Of(ex.Message)}");
        }
        catch (EventPatternTooLongException ex)
        {
            throw new UsageException($"{RepositoryFiles.RulePattern}: {ex.Message}");
        }
    }

    private static IReadOnlyList<PutEventsRequestEntry> LoadEntries(string argument, CliContext context)
    {
        try
        {
            return PutEventsEntriesFile.Load(argument, context.WorkingDirectory);
        }
        catch (EntriesFileException ex)
        {
            throw new UsageException(DisplayLine.Of(ex.Message));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--entries: cannot read {argument}: {ex.Message}");
        }
    }
}
