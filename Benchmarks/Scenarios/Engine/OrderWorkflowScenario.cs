using System.Text.Json.Nodes;
using OrderEvents.Benchmarks.Harness;
using OrderEvents.Benchmarks.Workloads;
using OrderEvents.Local.OrderFlow;
using OrderEvents.Local.StepFunctions;

namespace OrderEvents.Benchmarks.Scenarios.Engine;

/// <summary>
/// Scenario 1: the deployed order workflow on the engine with the four handlers in-process (seeded random,
/// default decline rate, logs discarded, trace off), one worker per core, a unique orderId per execution.
/// </summary>
internal sealed class OrderWorkflowScenario : IScenario
{
    public const int Seed = 42;
    private const int BatchSize = 32;

    public string Id => "1";

    public string Title => "Order workflow, in-process handlers";

    /// <summary>Logs discarded, e-mails counted rather than written: the figure is the workflow's, not the disk's.</summary>
    private static LocalSettings Settings(string outbox) => new() { Seed = Seed, OutboxDirectory = outbox, WriteEmails = false };

    private static IReadOnlyDictionary<string, string> Substitutions(string outbox) => OrderEventsApp.Create(Settings(outbox)).Substitutions;

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var files = new RepositoryFiles(context.RepositoryRoot);
        var envelopes = OrderEnvelopes.FromEntriesFile(context.InRepository("events/order-placed.json"));
        var outbox = Path.Combine(Path.GetTempPath(), "orderevents-bench-outbox");
        var tally = new OrderOutcomeTally();
        var workers = BenchContext.AllCores;
        var machine = StateMachine.ParseFile(files.DefinitionPath, Substitutions(outbox));

        // A fresh app per round (the definition is parsed once): the in-memory payment store would otherwise grow across rounds.
        Func<int, ValueTask<int>> NewRound()
        {
            var app = OrderEventsApp.Create(Settings(outbox));
            var options = app.ExecutionOptions with { RecordTrace = false };
            var keys = new WorkerKeys(workers);
            return async worker =>
            {
                for (var i = 0; i < BatchSize; i++)
                {
                    tally.Add(await machine.ExecuteJsonAsync(envelopes.CreateUtf8(keys.Next(worker)), options, cancellationToken));
                }

                return BatchSize;
            };
        }

        var throughput = await context.Throughput.MeasureAsync(workers, NewRound, cancellationToken);
        return
        [
            new Measurement(Id, $"{Title}, {workers} workers", "executions/s", MetricUnit.PerSecond, throughput.Rates, Target.Minimum(100_000, MetricUnit.PerSecond))
            {
                Note = $"{throughput.DescribeWarmUp()}; seed {Seed}, decline rate 0.5, input text parsed per execution; {tally.Describe()}.",
            },
        ];
    }
}
