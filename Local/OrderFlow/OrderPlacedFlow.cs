using OrderEvents.Local.EventBridge.Bus;
using OrderEvents.Local.EventBridge.Patterns;
using OrderEvents.Local.StepFunctions;
using OrderEvents.Local.StepFunctions.Mocking;

namespace OrderEvents.Local.OrderFlow;

/// <summary>
/// The deployed event flow, locally: the <c>order-events</c> bus with the OrderPlaced rule (pattern from
/// <c>workflow/order-placed.pattern.json</c>) targeting the order workflow (definition from
/// <c>workflow/order-workflow.asl.json</c>), running on an <see cref="OrderEventsApp"/>.
/// </summary>
public sealed class OrderPlacedFlow
{
    private readonly StateMachineTarget _target;

    private OrderPlacedFlow(OrderEventsApp app, EventBus bus, StateMachineTarget target)
    {
        App = app;
        Bus = bus;
        _target = target;
    }

    public OrderEventsApp App { get; }

    public EventBus Bus { get; }

    public string StateMachineArn => ArnOf(App.Settings);

    /// <exception cref="InvalidDefinitionException">The workflow definition is invalid.</exception>
    /// <exception cref="InvalidEventPatternException">The rule pattern is invalid.</exception>
    /// <exception cref="EventPatternTooLongException">The rule pattern is longer than EventBridge accepts.</exception>
    public static OrderPlacedFlow Create(OrderEventsApp app, RepositoryFiles files, Func<ITaskMockSession?>? mockSessions = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(files);
        var machine = StateMachine.ParseFile(files.DefinitionPath, app.Substitutions);
        var pattern = EventPattern.Parse(File.ReadAllText(files.PatternPath));
        var settings = app.Settings;
        var target = new StateMachineTarget(
            LocalSettings.RuleName, ArnOf(settings), machine, app.ExecutionOptions, app.Notifications, mockSessions ?? (() => null));
        var bus = new EventBus(
            LocalSettings.BusName,
            [new Rule(LocalSettings.RuleName, pattern, [target])],
            settings.Time,
            new SeededEventIdSource(app.Seeds.Events),
            settings.AccountId,
            settings.Region);
        return new OrderPlacedFlow(app, bus, target);
    }

    private static string ArnOf(LocalSettings settings) =>
        $"arn:aws:states:{settings.Region}:{settings.AccountId}:stateMachine:{LocalSettings.StateMachineName}";

    /// <summary>Puts the events, then waits for every execution they started.</summary>
    /// <exception cref="PutEventsRequestException">The call itself is invalid (no entries, more than 10).</exception>
    public async Task<PutEventsOutcome> PutEventsAsync(IReadOnlyList<PutEventsRequestEntry> entries, CancellationToken cancellationToken = default)
    {
        var result = await Bus.PutEventsAsync(entries, cancellationToken);
        var runs = await _target.CompleteAsync();
        return new PutEventsOutcome(result, runs);
    }
}

/// <summary>The PutEvents answer and the executions it started, in start order.</summary>
public sealed record PutEventsOutcome(PutEventsResult Result, IReadOnlyList<WorkflowRun> Runs)
{
    public IEnumerable<WorkflowRun> RunsOf(string? eventId) => Runs.Where(r => r.EventId == eventId);
}
