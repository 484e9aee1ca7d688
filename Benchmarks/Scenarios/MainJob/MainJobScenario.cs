using OrderEvents.Benchmarks.Harness;

namespace OrderEvents.Benchmarks.Scenarios.MainJob;

/// <summary>
/// Scenario 4: wall time of the main job, <c>put-events --entries file://events/order-placed.json</c>, run as a
/// process from the repository root: the built Release binary of the local runtime, and <c>dotnet run</c> on
/// an already-built project (the first, unmeasured run builds it if needed), and for reference <c>dotnet run</c> of
/// generated projects without any code of ours (<see cref="SdkFloor"/>).
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
        using var floor = await SdkFloor.CreateAsync(context.RepositoryRoot, context.Time, cancellationToken);
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
            new Measurement(Id + "d", "`dotnet run` floor: empty console app (`dotnet new console`)", "wall time", MetricUnit.Seconds, await TimeAsync(floor.ConsoleOnly, context, cancellationToken))
            {
                Note = "reference only: a generated Hello World, built, run with the same SDK; no code of ours.",
            },
            new Measurement(Id + "e", "`dotnet run` floor: console app + two empty class libraries", "wall time", MetricUnit.Seconds, await TimeAsync(floor.ConsoleWithTwoLibraries, context, cancellationToken))
            {
                Note = "reference only: the project shape of `Local` (an exe with two project references, built in sequence), generated and empty; the least any `dotnet run` of that shape costs here.",
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
