using System.Text.Json.Nodes;
using OrderEvents.Benchmarks.Harness;
using OrderEvents.Benchmarks.Workloads;
using OrderEvents.Local.OrderFlow;
using OrderEvents.Local.StepFunctions;

namespace OrderEvents.Benchmarks.Scenarios.Engine;

/// <summary>
/// Scenario 1b (reference): the order workflow definition with stub functions that echo their event, so
/// every execution takes the success path through three Lambda tasks. Beside scenario 1 it separates the
/// engine's cost from the handlers'.
/// </summary>
internal sealed class StubTaskWorkflowScenario : IScenario
{
    private const int BatchSize = 32;

    public string Id => "1b";

    public string Title => "Order workflow, stub functions (engine only)";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var files = new RepositoryFiles(context.RepositoryRoot);
        var envelopes = OrderEnvelopes.FromEntriesFile(context.InRepository("events/order-placed.json"));
        var substitutions = OrderEventsApp.Create(new LocalSettings { Seed = 1, OutboxDirectory = Path.GetTempPath(), WriteEmails = false }).Substitutions;
        var machine = StateMachine.ParseFile(files.DefinitionPath, substitutions);
        var options = new ExecutionOptions { Lambda = new EchoFunctions(), Random = new Random(OrderWorkflowScenario.Seed), RecordTrace = false };
        var workers = BenchContext.AllCores;

        Func<int, ValueTask<int>> NewRound()
        {
            var keys = new WorkerKeys(workers);
            return async worker =>
            {
                for (var i = 0; i < BatchSize; i++)
                {
                    var result = await machine.ExecuteJsonAsync(envelopes.CreateUtf8(keys.Next(worker)), options, cancellationToken);
                    if (result.Status != ExecutionStatus.Succeeded)
                    {
                        throw new InvalidOperationException($"the order workflow on stub functions ended {result.Status} {result.Error}: {result.Cause}");
                    }
                }

                return BatchSize;
            };
        }

        var throughput = await context.Throughput.MeasureAsync(workers, NewRound, cancellationToken);
        return
        [
            new Measurement(Id, $"{Title}, {workers} workers", "executions/s", MetricUnit.PerSecond, throughput.Rates)
            {
                Note = $"{throughput.DescribeWarmUp()}; reference for row 1: the same definition, each function returns its event (all executions succeed).",
            },
        ];
    }
}
