using OrderEvents.Local.EventBridge.Bus;
using OrderEvents.Local.OrderFlow;
using OrderEvents.Local.StepFunctions;
using OrderEvents.Local.Tests.Cli;
using OrderEvents.Local.Tests.EndToEnd;

namespace OrderEvents.Local.Tests.OrderFlow;

/// <summary>The local app as a library: the real definition, pattern and handlers, wired by <see cref="OrderPlacedFlow"/>.</summary>
public sealed class OrderPlacedFlowTests : IDisposable
{
    private readonly TempDirectory _outbox = new();

    public void Dispose() => _outbox.Dispose();

    [Fact]
    public async Task TopicGone_NotifyCustomerFails_AndTheWorkflowRecordsItAndStopsAtNotificationFailure()
    {
        var flow = CreateFlow(declineRate: 0);
        flow.App.Topics.DeleteTopic(flow.App.NotificationTopicArn);

        var outcome = await flow.PutEventsAsync([Order("ORD-1")]);

        var run = Assert.Single(outcome.Runs);
        Assert.Equal(ExecutionStatus.Failed, run.Result.Status);
        Assert.Equal("NotificationFailed", run.Result.Error);
        Assert.Equal(
            ["ValidateOrder", "ProcessPayment", "NotifyCustomer", "RecordNotificationFailure", "NotificationFailure"],
            EnteredStates(run.Result));
        var failure = run.Result.Trace.First(e => e.Type == TraceEventType.TaskFailed && e.StateName == "NotifyCustomer");
        Assert.Equal("NotFoundException", failure.Error);
        Assert.Empty(run.Notifications);
        Assert.Empty(Directory.GetFiles(_outbox.Path));
    }

    [Fact]
    public async Task ConcurrentEvents_EachExecutionSeesOnlyItsOwnNotification()
    {
        var flow = CreateFlow(declineRate: 0);
        var entries = Enumerable.Range(1, 10).Select(i => Order($"ORD-{i}")).ToList();

        var outcome = await flow.PutEventsAsync(entries);

        Assert.Equal(10, outcome.Runs.Count);
        foreach (var run in outcome.Runs)
        {
            var published = Assert.Single(run.Notifications);
            var orderId = run.Result.Output!["orderId"]!.GetValue<string>();
            Assert.Equal(orderId, published.Message.Attributes["orderId"]);
        }

        Assert.Equal(10, Directory.GetFiles(_outbox.Path, "*.eml").Length);
    }

    [Fact]
    public async Task EventOfAnotherSource_IsAcceptedButStartsNothing()
    {
        var flow = CreateFlow(declineRate: 0);
        var entry = new PutEventsRequestEntry("orderevents.returns", "OrderPlaced", """{"orderId":"1"}""", "order-events");

        var outcome = await flow.PutEventsAsync([entry]);

        Assert.True(Assert.Single(outcome.Result.Entries).IsAccepted);
        Assert.Empty(outcome.Result.Entries[0].MatchedRules);
        Assert.Empty(outcome.Runs);
    }

    [Fact]
    public async Task ExecutionInput_IsTheWholeEnvelope_AsEventBridgeDelivers()
    {
        var flow = CreateFlow(declineRate: 0);

        var outcome = await flow.PutEventsAsync([Order("ORD-1")]);

        var input = Assert.Single(outcome.Runs).Result.Trace.First(e => e.Type == TraceEventType.ExecutionStarted).Data!;
        Assert.Equal(
            ["version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail"],
            input.AsObject().Select(p => p.Key));
        Assert.Equal(outcome.Result.Entries[0].EventId, input["id"]!.GetValue<string>());
        Assert.Equal(outcome.Result.Entries[0].EventId, outcome.Runs[0].EventId);
    }

    [Fact]
    public async Task SameSeed_GivesTheSameIdsAndOutcomes()
    {
        var entries = Enumerable.Range(1, 6).Select(i => Order($"ORD-{i}")).ToList();

        var first = await CreateFlow(declineRate: 0.5, seed: 99).PutEventsAsync(entries);
        var second = await CreateFlow(declineRate: 0.5, seed: 99).PutEventsAsync(entries);

        Assert.Equal(first.Result.Entries.Select(e => e.EventId), second.Result.Entries.Select(e => e.EventId));
        Assert.Equal(first.Runs.Select(r => r.Result.Status), second.Runs.Select(r => r.Result.Status));
        // Half the charges decline on average; with six orders both outcomes appear for this seed.
        Assert.Contains(ExecutionStatus.Succeeded, first.Runs.Select(r => r.Result.Status));
        Assert.Contains(ExecutionStatus.Failed, first.Runs.Select(r => r.Result.Status));
    }

    [Fact]
    public void RepositoryFiles_OutsideTheRepository_FallBackToTheExecutablesFolder()
    {
        Assert.Equal(EndToEndFixture.RepositoryRoot, RepositoryFiles.Locate(_outbox.Path).Root);
    }

    [Fact]
    public void RepositoryFiles_NotFoundAnywhere_SaysWhereItLooked()
    {
        var error = Assert.Throws<FileNotFoundException>(() => RepositoryFiles.Locate(_outbox.Path, _outbox.Path));

        Assert.Equal(
            $"cannot find workflow/order-workflow.asl.json in {_outbox.Path} or {_outbox.Path} or any of their parents; run from the OrderEvents repository",
            error.Message);
    }

    private OrderPlacedFlow CreateFlow(double declineRate, int seed = 7)
    {
        var app = OrderEventsApp.Create(new LocalSettings { Seed = seed, DeclineRate = declineRate, OutboxDirectory = _outbox.Path });
        return OrderPlacedFlow.Create(app, RepositoryFiles.Locate(AppContext.BaseDirectory));
    }

    private static PutEventsRequestEntry Order(string orderId) =>
        new("orderevents.orders", "OrderPlaced", $$"""{"orderId":"{{orderId}}","customer":"jane@example.com"}""", "order-events");

    private static string[] EnteredStates(ExecutionResult result) =>
        [.. result.Trace.Where(e => e.Type == TraceEventType.StateEntered).Select(e => e.StateName!)];
}
