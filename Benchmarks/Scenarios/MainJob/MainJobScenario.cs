using OrderEvents.Benchmarks.Harness;

namespace OrderEvents.Benchmarks.Scenarios.MainJob;

/// <summary>
/// Scenario 4: wall time of the main job, <c>put-events --entries file://events/order-placed.json</c>, run as a
/// process from the repository root: the built Release binary of the local runtime, and <c>dotnet run</c> on
/// an already-built project (the first, unmeasured run builds it if needed).
/// </summary>
internal sealed class MainJobScenario : IScenario
{
    private static readonly string[] PutEvents = ["put-events", "--entries", "file://events/order-placed.json"];

    public string Id => "4";

    public string Title => "Main job (put-events order-placed.json), warm";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var binary = context.InRepository(Path.Combine("Local", "bin", "Release", "net10.0", "orderevents-local"));
        if (!File.Exists(binary))
        {
            throw new FileNotFoundException($"{binary} is missing; build it with 'dotnet build -c Release Local'");
        }

        var built = new CommandRun(binary, PutEvents, context.RepositoryRoot);
        var dotnetRun = new CommandRun("dotnet", ["run", "--project", "Local", "--", .. PutEvents], context.RepositoryRoot);
        var noBuild = new CommandRun("dotnet", ["run", "--no-build", "--project", "Local", "--", .. PutEvents], context.RepositoryRoot);
        var target = Target.Maximum(2, MetricUnit.Seconds);
        return
        [
            new Measurement(Id, "Main job, built Release binary", "wall time", MetricUnit.Seconds, await TimeAsync(built, context, cancellationToken), target)
            {
                Note = $"`Local/bin/Release/net10.0/orderevents-local {string.Join(' ', PutEvents)}` from the repository root.",
            },
            new Measurement(Id + "b", "Main job, `dotnet run --project Local` (already built)", "wall time", MetricUnit.Seconds, await TimeAsync(dotnetRun, context, cancellationToken), target)
            {
                Note = $"`{dotnetRun.Display}`; includes the SDK's restore and up-to-date check of the project graph.",
            },
            new Measurement(Id + "c", "Main job, `dotnet run --no-build --project Local`", "wall time", MetricUnit.Seconds, await TimeAsync(noBuild, context, cancellationToken))
            {
                Note = "reference only: the same run without the SDK's build check.",
            },
        ];
    }

    private static async Task<IReadOnlyList<double>> TimeAsync(CommandRun command, BenchContext context, CancellationToken cancellationToken)
    {
        await context.Progress.WriteLineAsync($"  {command.Display}");
        await command.RunAsync(context.Time, cancellationToken);
        var seconds = new List<double>();
        for (var run = 0; run < context.Plan.ProcessRuns; run++)
        {
            seconds.Add((await command.RunAsync(context.Time, cancellationToken)).TotalSeconds);
        }

        return seconds;
    }
}
