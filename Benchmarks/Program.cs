using OrderEvents.Benchmarks.Harness;
using OrderEvents.Benchmarks.Scenarios;
using OrderEvents.Local.OrderFlow;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync($"bench: {ex.Message}{Environment.NewLine}{BenchOptions.Usage}");
    return 2;
}

RepositoryFiles files;
try
{
    files = RepositoryFiles.Locate(Environment.CurrentDirectory);
}
catch (FileNotFoundException ex)
{
    await Console.Error.WriteLineAsync($"bench: {ex.Message}");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var time = TimeProvider.System;
var plan = options.Quick ? RoundPlan.Quick : RoundPlan.Full;
var context = new BenchContext(plan, time, files.Root, Console.Error);
var date = time.GetUtcNow();
var loadAtStart = MachineInfo.LoadAverage();
var rows = await BenchRun.RunAsync(options.Groups.SelectMany(ScenarioCatalog.For), context, cancellation.Token);
var command = string.Join(' ', ["dotnet run -c Release --project Benchmarks --", .. args]);
new ResultTable(rows, MachineInfo.Read(), date, command, plan, loadAtStart, MachineInfo.LoadAverage()).Write(Console.Out);
return rows.Any(r => r.Failure is not null) ? 1 : 0;
