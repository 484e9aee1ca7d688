namespace OrderEvents.Benchmarks.Harness;

/// <summary>Runs the chosen scenarios one after another; a scenario that cannot run becomes a "not measured" row.</summary>
internal static class BenchRun
{
    public static async Task<IReadOnlyList<Measurement>> RunAsync(
        IEnumerable<IScenario> scenarios, BenchContext context, CancellationToken cancellationToken)
    {
        var rows = new List<Measurement>();
        foreach (var scenario in scenarios)
        {
            await context.Progress.WriteLineAsync($"[{scenario.Id}] {scenario.Title}...");
            var started = context.Time.GetTimestamp();
            var loadAtStart = MachineInfo.OneMinuteLoad();
            var measured = new List<Measurement>();
            try
            {
                measured.AddRange(await scenario.RunAsync(context, cancellationToken));
                foreach (var row in measured)
                {
                    await context.Progress.WriteLineAsync($"[{row.Id}] {row.Metric}: {string.Join(", ", row.Samples.Select(v => row.Unit.Format(v)))}");
                }

            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await context.Progress.WriteLineAsync($"[{scenario.Id}] could not be measured: {ex.Message}");
                measured.Add(Measurement.Failed(scenario.Id, scenario.Title, $"could not be measured: {ex.GetType().Name}: {ex.Message}"));
            }

            var load = $"{loadAtStart}→{MachineInfo.OneMinuteLoad()}";
            rows.AddRange(measured.Select(row => row with { Load = load }));
            await context.Progress.WriteLineAsync($"[{scenario.Id}] load {load}, done in {context.Time.GetElapsedTime(started).TotalSeconds:0.0} s");
        }

        return rows;
    }
}
