using System.Globalization;
using System.Text.Json.Nodes;
using OrderEvents.Benchmarks.Harness;
using OrderEvents.Benchmarks.Workloads;
using OrderEvents.Local.OrderFlow;
using OrderEvents.Local.ProcessMode;
using OrderEvents.Local.StepFunctions;

namespace OrderEvents.Benchmarks.Scenarios.Sandboxes;

/// <summary>
/// Scenario 8: the order workflow (the same definition as scenario 1) with every Lambda task run by an AOT
/// <c>bootstrap</c> process through its Runtime API, wired as the local runtime's process mode wires them (<see cref="ProcessFunctions"/>), one worker and up to one process per function per core.
/// </summary>
internal sealed class ProcessWorkflowScenario : IScenario
{
    private const int BatchSize = 8;

    public string Id => "8";

    public string Title => "Order workflow, process mode (AOT bootstrap per function)";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var envelopes = OrderEnvelopes.FromEntriesFile(context.InRepository("events/order-placed.json"));
        var workers = BenchContext.AllCores;
        var outbox = Path.Combine(Path.GetTempPath(), "orderevents-bench-outbox");
        var app = OrderEventsApp.Create(new LocalSettings { Seed = Engine.OrderWorkflowScenario.Seed, OutboxDirectory = outbox, WriteEmails = false });
        await using var functions = await ProcessFunctions.StartAsync(app, context.RepositoryRoot, context.Progress, null, cancellationToken);
        var options = app.ExecutionOptions with { Lambda = functions.Invoker, RecordTrace = false };
        var machine = StateMachine.ParseFile(new RepositoryFiles(context.RepositoryRoot).DefinitionPath, app.Substitutions);
        var tally = new OrderOutcomeTally();
        var round = 0;

        // Payment records live in each warm process, so keys stay unique across rounds.
        Func<int, ValueTask<int>> NewRound()
        {
            var keys = new WorkerKeys(workers, string.Create(CultureInfo.InvariantCulture, $"r{round++}-"));
            return async worker =>
            {
                for (var i = 0; i < BatchSize; i++)
                {
                    tally.Add(await machine.ExecuteJsonAsync(envelopes.CreateUtf8(keys.Next(worker)), options, cancellationToken));
                }

                return BatchSize;
            };
        }

        var plan = context.Plan with { WarmUp = context.Plan.ProcessWarmUp, MaxWarmUp = context.Plan.MaxWarmUp + context.Plan.ProcessWarmUp };
        var throughput = await new ThroughputRunner(context.Time, plan).MeasureAsync(workers, NewRound, cancellationToken);
        var starts = string.Join(", ", functions.Invoker.ColdStarts.Select(c => $"{c.Key} {c.Value}"));
        return
        [
            new Measurement(Id, $"{Title}, {workers} workers", "executions/s", MetricUnit.PerSecond, throughput.Rates)
            {
                Note = $"{throughput.DescribeWarmUp()}; compare with row 1 (in-process); decline rate 0.5 from the processes' own random source; {tally.Describe()}; processes started: {starts}.",
            },
        ];
    }
}
