using OrderEvents.Benchmarks.Harness;
using OrderEvents.Benchmarks.Scenarios.ColdStart;
using OrderEvents.Benchmarks.Scenarios.Engine;
using OrderEvents.Benchmarks.Scenarios.MainJob;
using OrderEvents.Benchmarks.Scenarios.Patterns;
using OrderEvents.Benchmarks.Scenarios.Sandboxes;

namespace OrderEvents.Benchmarks.Scenarios;

/// <summary>The scenarios of each command-line group, in table order.</summary>
internal static class ScenarioCatalog
{
    public static IReadOnlyList<IScenario> For(string group) => group switch
    {
        "engine" => [new OrderWorkflowScenario(), new StubTaskWorkflowScenario(), new HandlerChainScenario(), new MapParallelScenario()],
        "patterns" => [new PatternMatchingScenario()],
        "mainjob" => [new MainJobScenario()],
        "coldstart" => [new ColdStartScenario()],
        "process" => [new WarmInvokeScenario(), new ProcessWorkflowScenario()],
        _ => throw new ArgumentException($"unknown scenario group '{group}'", nameof(group)),
    };
}
