using OrderEvents.Local.Cli.Arguments;
using OrderEvents.Local.Cli.Inputs;
using OrderEvents.Local.EventBridge.Patterns;

namespace OrderEvents.Local.Cli.Commands;

/// <summary><c>test-event-pattern</c>, the twin of <c>aws events test-event-pattern</c>.</summary>
internal sealed class TestEventPatternCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "test-event-pattern",
        "Test an event against an EventBridge event pattern.",
        "Tests whether an event matches an event pattern and prints {\"Result\": true|false}, like 'aws events test-event-pattern'. "
        + "The event must carry the envelope fields id, account, source, time, region, resources and detail-type.",
        [
            OptionSpec.Value("event-pattern", "JSON|file://PATH", "The event pattern.", required: true),
            OptionSpec.Value("event", "JSON|file://PATH", "The event (a full EventBridge envelope).", required: true),
        ],
        "orderevents-local test-event-pattern --event-pattern file://workflow/order-placed.pattern.json --event file://event.json");

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var pattern = InputText.Read(arguments.Required("event-pattern"), "event-pattern", context.WorkingDirectory);
        var @event = InputText.Read(arguments.Required("event"), "event", context.WorkingDirectory);
        bool matches;
        try
        {
            matches = EventPatternTest.TestEventPattern(pattern, @event);
        }
        catch (InvalidEventPatternException ex)
        {
            // The AWS CLI names the error code first; scripts match on it.
            throw new UsageException($"InvalidEventPatternException: {DisplayLine.Of(ex.Message)}") { Bare = true };
        }
        catch (EventPatternTooLongException ex)
        {
            throw new UsageException($"ValidationException: {ex.Message}") { Bare = true };
        }
        catch (InvalidTestEventException ex)
        {
            throw new UsageException($"ValidationException: {DisplayLine.Of(ex.Message)}") { Bare = true };
        }

        await context.Out.WriteLineAsync($$"""{"Result": {{(matches ? "true" : "false")}}}""");
        return ExitCodes.Success;
    }
}
