using OrderEvents.Benchmarks.Harness;

namespace OrderEvents.Benchmarks.Tests.Harness;

public sealed class ResultTableTests
{
    private static readonly MachineInfo Machine = new(2, "Test CPU", "4.0 GiB", ".NET 10", "Linux");

    [Fact]
    public void Write_ShowsMedianSpreadAndVerdictPerRow()
    {
        var text = Render(
            new Measurement("1", "Workflow", "executions/s", MetricUnit.PerSecond, [120_000, 90_000, 110_000], Target.Minimum(100_000, MetricUnit.PerSecond)) { Load = "0.5→1.5" },
            new Measurement("5b", "Cold start", "spawn → first response", MetricUnit.Milliseconds, [25, 30, 21], Target.Maximum(20, MetricUnit.Milliseconds)));

        Assert.Contains("| 1 | Workflow | executions/s | 110,000/s | 90,000/s – 120,000/s | 3 | ≥ 100,000/s | pass | 0.5→1.5 |", text, StringComparison.Ordinal);
        Assert.Contains("| 5b | Cold start | spawn → first response | 25.0 ms | 21.0 ms – 30.0 ms | 3 | ≤ 20.0 ms | **FAIL** | — |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ReportsAScenarioThatCouldNotRunAndWhy()
    {
        var text = Render(Measurement.Failed("8", "Process mode", "could not be measured: bootstrap missing"));

        Assert.Contains("| 8 | Process mode | — | — | — | 0 | — | not measured | — |", text, StringComparison.Ordinal);
        Assert.Contains("- 8: could not be measured: bootstrap missing", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OrdersRowsByScenarioNumber()
    {
        var text = Render(
            new Measurement("7a", "Size", "file size", MetricUnit.Megabytes, [11]),
            new Measurement("6a", "Round trip", "p50", MetricUnit.Microseconds, [100]),
            new Measurement("10", "Later", "rate", MetricUnit.PerSecond, [1]));

        Assert.True(text.IndexOf("| 6a |", StringComparison.Ordinal) < text.IndexOf("| 7a |", StringComparison.Ordinal));
        Assert.True(text.IndexOf("| 7a |", StringComparison.Ordinal) < text.IndexOf("| 10 |", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_StatesTheMachineTheLoadAndTheCommand()
    {
        var text = Render();

        Assert.Contains("- Machine: 2 cores (nproc), Test CPU, 4.0 GiB RAM, Linux", text, StringComparison.Ordinal);
        Assert.Contains("- Load average (1/5/15 min): 0.10 0.20 0.30 at start, 0.40 0.50 0.60 at end", text, StringComparison.Ordinal);
        Assert.Contains("- Command: `dotnet run -c Release --project Benchmarks -- all`", text, StringComparison.Ordinal);
        Assert.Contains("- Date: 2026-11-25 11:00 UTC", text, StringComparison.Ordinal);
    }

    private static string Render(params Measurement[] rows)
    {
        var table = new ResultTable(
            rows, Machine, new DateTimeOffset(2026, 11, 25, 11, 0, 0, TimeSpan.Zero), "dotnet run -c Release --project Benchmarks -- all",
            RoundPlan.Full, "0.10 0.20 0.30", "0.40 0.50 0.60");
        using var writer = new StringWriter();
        table.Write(writer);
        return writer.ToString();
    }
}
