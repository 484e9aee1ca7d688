using OrderEvents.Local.EventBridge.Bus;
using OrderEvents.Local.EventBridge.Patterns;

namespace OrderEvents.Local.Tests.EventBridge.Bus;

internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

internal sealed class SequentialEventIds : IEventIdSource
{
    private int next;

    public string NextId() => $"00000000-0000-4000-8000-{++next:D12}";
}

internal sealed class RecordingTarget(string id) : IRuleTarget
{
    public string Id { get; } = id;

    public List<string> Envelopes { get; } = [];

    public ValueTask DeliverAsync(string envelopeJson, CancellationToken cancellationToken)
    {
        Envelopes.Add(envelopeJson);
        return ValueTask.CompletedTask;
    }
}

internal sealed class FailingTarget(string id) : IRuleTarget
{
    public string Id { get; } = id;

    public ValueTask DeliverAsync(string envelopeJson, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("state machine is unavailable");
}

internal static class BusFixtures
{
    public const string BusName = "order-events";

    public static readonly DateTimeOffset Now = new(2022, 7, 13, 13, 48, 1, 250, TimeSpan.Zero);

    public static EventBus NewBus(params Rule[] rules) =>
        new(BusName, rules, new FixedTime(Now), new SequentialEventIds());

    public static Rule OrderPlacedRule(IRuleTarget target) => new(
        "OrderPlacedRule",
        EventPattern.Parse("""{"source": ["orderevents.orders"], "detail-type": ["OrderPlaced"]}"""),
        [target]);

    public static PutEventsRequestEntry OrderPlaced(string detail = """{"orderId":"o-1"}""") =>
        new("orderevents.orders", "OrderPlaced", detail, BusName);
}
