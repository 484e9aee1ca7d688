using System.Text;
using System.Text.Json;
using OrderEvents.Benchmarks.Harness;
using OrderEvents.Benchmarks.Workloads;
using OrderEvents.Local.EventBridge.Patterns;
using OrderEvents.Local.OrderFlow;

namespace OrderEvents.Benchmarks.Scenarios.Patterns;

/// <summary>
/// Scenario 3: the OrderPlaced rule pattern (<c>workflow/order-placed.pattern.json</c>) matched against an
/// OrderPlaced envelope on one thread — pre-parsed (what the bus does: parse once, test every rule), and
/// from raw UTF-8 bytes (parse included) for reference.
/// </summary>
internal sealed class PatternMatchingScenario : IScenario
{
    private const int BatchSize = 4_096;

    public string Id => "3";

    public string Title => "OrderPlaced rule pattern";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var pattern = EventPattern.Parse(await File.ReadAllTextAsync(new RepositoryFiles(context.RepositoryRoot).PatternPath, cancellationToken));
        var bytes = Encoding.UTF8.GetBytes(OrderEnvelopes.FromEntriesFile(context.InRepository("events/order-placed.json")).Create("1"));
        using var document = JsonDocument.Parse(bytes);
        var envelope = document.RootElement;

        var parsed = await context.Throughput.MeasureAsync(1, () => _ => ValueTask.FromResult(MatchAll(() => pattern.Matches(envelope))), cancellationToken);
        var raw = await context.Throughput.MeasureAsync(1, () => _ => ValueTask.FromResult(MatchAll(() => pattern.Matches(bytes))), cancellationToken);
        return
        [
            new Measurement(Id, $"{Title}, pre-parsed envelope, 1 thread", "events/s", MetricUnit.PerSecond, parsed.Rates, Target.Minimum(2_000_000, MetricUnit.PerSecond))
            {
                Note = parsed.DescribeWarmUp() + ".",
            },
            new Measurement(Id + "b", $"{Title}, raw UTF-8 bytes (parse included), 1 thread", "events/s", MetricUnit.PerSecond, raw.Rates)
            {
                Note = $"{raw.DescribeWarmUp()}; reference only; the envelope is {bytes.Length} bytes.",
            },
        ];
    }

    /// <summary>Runs one batch; a miss would mean the pattern or envelope is wrong, so it stops the run.</summary>
    private static int MatchAll(Func<bool> match)
    {
        for (var i = 0; i < BatchSize; i++)
        {
            if (!match())
            {
                throw new InvalidOperationException("the OrderPlaced envelope did not match the OrderPlaced rule pattern");
            }
        }

        return BatchSize;
    }
}
