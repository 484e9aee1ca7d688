using OrderEvents.Local.EventBridge.Bus;
using OrderEvents.Local.EventBridge.Patterns;
using static OrderEvents.Local.Tests.EventBridge.Bus.BusFixtures;

namespace OrderEvents.Local.Tests.EventBridge.Bus;

public sealed class EventBusTests
{
    [Theory]
    [InlineData(0, "greater than or equal to 1")]
    [InlineData(11, "less than or equal to 10")]
    public async Task PutEvents_WithoutOneToTenEntries_FailsTheWholeCall(int count, string constraint)
    {
        var target = new RecordingTarget("sm");
        var entries = Enumerable.Repeat(OrderPlaced(), count).ToList();

        var ex = await Assert.ThrowsAsync<PutEventsRequestException>(
            () => NewBus(OrderPlacedRule(target)).PutEventsAsync(entries).AsTask());

        Assert.Contains(constraint, ex.Message, StringComparison.Ordinal);
        Assert.Empty(target.Envelopes);
    }

    [Fact]
    public async Task PutEvents_TenEntries_AreAllAcceptedInRequestOrder()
    {
        var target = new RecordingTarget("sm");
        var entries = Enumerable.Range(0, 10).Select(i => OrderPlaced($$"""{"n":{{i}}}""")).ToList();

        var result = await NewBus(OrderPlacedRule(target)).PutEventsAsync(entries);

        Assert.Equal(0, result.FailedEntryCount);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"00000000-0000-4000-8000-{i:D12}"), result.Entries.Select(e => e.EventId));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $$"""{"n":{{i}}}"""), target.Envelopes.Select(DetailOf));
    }

    [Theory]
    [InlineData(null, "OrderPlaced", "{}", "Source")]
    [InlineData("", "OrderPlaced", "{}", "Source")]
    [InlineData("orderevents.orders", null, "{}", "DetailType")]
    [InlineData("orderevents.orders", "OrderPlaced", null, "Detail")]
    public async Task PutEvents_EntryMissingARequiredField_FailsAloneWithInvalidArgument(
        string? source, string? detailType, string? detail, string field)
    {
        var target = new RecordingTarget("sm");
        PutEventsRequestEntry[] entries = [OrderPlaced(), new(source, detailType, detail, BusName), OrderPlaced()];

        var result = await NewBus(OrderPlacedRule(target)).PutEventsAsync(entries);

        Assert.Equal(1, result.FailedEntryCount);
        Assert.True(result.Entries[0].IsAccepted);
        Assert.Equal("InvalidArgument", result.Entries[1].ErrorCode);
        Assert.Equal($"Parameter {field} is not valid. Reason: {field} is a required argument.", result.Entries[1].ErrorMessage);
        Assert.Null(result.Entries[1].EventId);
        Assert.True(result.Entries[2].IsAccepted);
        Assert.Equal(2, target.Envelopes.Count);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"a\": 1")]
    public async Task PutEvents_DetailThatIsNotAJsonObject_FailsWithMalformedDetail(string detail)
    {
        var result = await NewBus().PutEventsAsync([OrderPlaced(detail)]);

        var entry = Assert.Single(result.Entries);
        Assert.Equal("MalformedDetail", entry.ErrorCode);
        Assert.Equal("Detail is malformed.", entry.ErrorMessage);
        Assert.Equal(1, result.FailedEntryCount);
    }

    [Fact]
    public async Task PutEvents_EntryOfExactlyTheLimit_IsAccepted_AndOneByteMore_IsRejected()
    {
        var atLimit = EntryOfSize(EntrySize.Limit);
        var overLimit = EntryOfSize(EntrySize.Limit + 1);

        var result = await NewBus().PutEventsAsync([atLimit, overLimit]);

        Assert.Equal(EntrySize.Limit, EntrySize.Of(atLimit));
        Assert.True(result.Entries[0].IsAccepted);
        Assert.Equal("InvalidArgument", result.Entries[1].ErrorCode);
        Assert.Contains("262145 bytes exceeds", result.Entries[1].ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("other-bus", "Event bus other-bus does not exist")]
    [InlineData(null, "Event bus default does not exist")]
    public async Task PutEvents_UnknownEventBus_FailsThatEntry(string? busName, string message)
    {
        var result = await NewBus().PutEventsAsync([OrderPlaced() with { EventBusName = busName }, OrderPlaced()]);

        Assert.Equal("ResourceNotFoundException", result.Entries[0].ErrorCode);
        Assert.StartsWith(message, result.Entries[0].ErrorMessage, StringComparison.Ordinal);
        Assert.True(result.Entries[1].IsAccepted);
    }

    [Fact]
    public async Task PutEvents_EventBusGivenByArn_IsAccepted()
    {
        var bus = NewBus();

        var result = await bus.PutEventsAsync([OrderPlaced() with { EventBusName = bus.Arn }]);

        Assert.Equal("arn:aws:events:us-east-1:123456789012:event-bus/order-events", bus.Arn);
        Assert.True(Assert.Single(result.Entries).IsAccepted);
    }

    [Fact]
    public async Task PutEvents_AcceptedEvent_GoesToEveryMatchingRuleAndNoOther()
    {
        var orders = new RecordingTarget("orders-sm");
        var audit = new RecordingTarget("audit-queue");
        var shipped = new RecordingTarget("shipping-sm");
        var bus = NewBus(
            OrderPlacedRule(orders),
            new Rule("AuditEverything", EventPattern.Parse("""{"source": [{"prefix": "orderevents."}]}"""), [audit]),
            new Rule("OrderShipped", EventPattern.Parse("""{"detail-type": ["OrderShipped"]}"""), [shipped]));

        var result = await bus.PutEventsAsync([OrderPlaced()]);

        var entry = Assert.Single(result.Entries);
        Assert.Equal(["OrderPlacedRule", "AuditEverything"], entry.MatchedRules.Select(r => r.RuleName));
        Assert.Equal(entry.Envelope, Assert.Single(orders.Envelopes));
        Assert.Equal(entry.Envelope, Assert.Single(audit.Envelopes));
        Assert.Empty(shipped.Envelopes);
        Assert.All(entry.MatchedRules.SelectMany(r => r.Targets), t => Assert.True(t.Succeeded));
    }

    [Fact]
    public async Task PutEvents_FailingTarget_IsReportedAndTheEventStaysAccepted()
    {
        var after = new RecordingTarget("second");
        var bus = NewBus(new Rule("R", EventPattern.Parse("""{"source": ["orderevents.orders"]}"""), [new FailingTarget("first"), after]));

        var result = await bus.PutEventsAsync([OrderPlaced()]);

        var entry = Assert.Single(result.Entries);
        Assert.True(entry.IsAccepted);
        var deliveries = Assert.Single(entry.MatchedRules).Targets;
        Assert.Equal("InvalidOperationException: state machine is unavailable", deliveries[0].Error);
        Assert.True(deliveries[1].Succeeded);
        Assert.Single(after.Envelopes);
    }

    [Fact]
    public async Task PutEvents_AcceptedEventMatchingNoRule_HasAnIdAndNoDeliveries()
    {
        var result = await NewBus().PutEventsAsync([OrderPlaced()]);

        var entry = Assert.Single(result.Entries);
        Assert.NotNull(entry.EventId);
        Assert.Empty(entry.MatchedRules);
    }

    private static PutEventsRequestEntry EntryOfSize(int size)
    {
        var fixedPart = "orderevents.orders".Length + "OrderPlaced".Length + """{"p":""}""".Length;
        return OrderPlaced($$"""{"p":"{{new string('x', size - fixedPart)}}"}""");
    }

    private static string DetailOf(string envelope) =>
        System.Text.Json.JsonDocument.Parse(envelope).RootElement.GetProperty("detail").GetRawText();
}
