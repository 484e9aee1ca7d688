using System.Text.Json.Nodes;
using OrderEvents.Benchmarks.Harness;
using OrderEvents.Local.StepFunctions;

namespace OrderEvents.Benchmarks.Scenarios.Engine;

/// <summary>
/// Scenario 2: Pass → Choice → Map (10 items, States.Format) → Parallel (2 branches) → Succeed
/// (<c>Definitions/map-parallel.asl.json</c>), trace off, one worker per core.
/// </summary>
internal sealed class MapParallelScenario : IScenario
{
    private const int BatchSize = 32;
    private const int Items = 10;

    public string Id => "2";

    public string Title => "Pass → Choice → Map(10, States.Format) → Parallel(2) → Succeed";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var machine = StateMachine.ParseFile(Path.Combine(AppContext.BaseDirectory, "Definitions", "map-parallel.asl.json"));
        var input = Input().ToJsonString();
        var options = new ExecutionOptions { RecordTrace = false, Random = new Random(1) };
        await CheckOutputAsync(machine, input, options, cancellationToken);

        Func<int, ValueTask<int>> NewRound() => async _ =>
        {
            for (var i = 0; i < BatchSize; i++)
            {
                var result = await machine.ExecuteAsync(JsonNode.Parse(input), options, cancellationToken);
                if (result.Status != ExecutionStatus.Succeeded)
                {
                    throw new InvalidOperationException($"the Map/Parallel workflow ended {result.Status} {result.Error}: {result.Cause}");
                }
            }

            return BatchSize;
        };

        var workers = BenchContext.AllCores;
        var throughput = await context.Throughput.MeasureAsync(workers, NewRound, cancellationToken);
        return
        [
            new Measurement(Id, $"{Title}, {workers} workers", "executions/s", MetricUnit.PerSecond, throughput.Rates, Target.Minimum(20_000, MetricUnit.PerSecond))
            {
                Note = $"{throughput.DescribeWarmUp()}; input parsed per execution. The ~35,000/s (four-state Lambda workflow) and ~900/s (Map(10)+Parallel) "
                    + "quoted for a Node.js ASL runner are not measured here; no peer was run.",
            },
        ];
    }

    private static JsonObject Input()
    {
        var items = new JsonArray();
        for (var i = 0; i < Items; i++)
        {
            items.Add(new JsonObject { ["sku"] = $"SKU-{i}", ["quantity"] = i % 3 + 1 });
        }

        return new JsonObject { ["orderId"] = "ORD-1", ["priority"] = "standard", ["items"] = items };
    }

    /// <summary>Fails the run unless the workflow does the work being timed: 10 labels and both branch results.</summary>
    private static async Task CheckOutputAsync(StateMachine machine, string input, ExecutionOptions options, CancellationToken cancellationToken)
    {
        var result = await machine.ExecuteAsync(JsonNode.Parse(input), options, cancellationToken);
        var labels = result.Output?["labels"]?.AsArray();
        var summary = result.Output?["summary"]?.AsArray();
        if (result.Status != ExecutionStatus.Succeeded || labels?.Count != Items
            || (string?)labels[9]?["label"] != "SKU-9 x 1 (line 9)"
            || (int?)summary?[0]?["lines"] != Items || (string?)summary?[1]?["headline"] != "Order ORD-1 (standard)")
        {
            throw new InvalidOperationException($"the Map/Parallel workflow produced an unexpected result: {result.Status} {result.Output?.ToJsonString()}");
        }
    }
}
