using System.Globalization;

namespace OrderEvents.Benchmarks.Harness;

/// <summary>Writes the run as markdown: the machine, date and command, then one table, then the rows' notes.</summary>
internal sealed record ResultTable(
    IReadOnlyList<Measurement> Rows, MachineInfo Machine, DateTimeOffset Date, string Command, RoundPlan Plan, string LoadAtStart, string LoadAtEnd)
{
    public void Write(TextWriter output)
    {
        output.WriteLine("## OrderEvents benchmarks");
        output.WriteLine();
        output.WriteLine($"- Date: {Date.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}");
        output.WriteLine($"- Machine: {Machine.Cores} cores (nproc), {Machine.CpuModel}, {Machine.Memory} RAM, {Machine.OperatingSystem}");
        output.WriteLine($"- Runtime: {Machine.Runtime}");
        output.WriteLine($"- Load average (1/5/15 min): {LoadAtStart} at start, {LoadAtEnd} at end");
        output.WriteLine($"- Command: `{Command}`");
        output.WriteLine($"- Method: {Plan.Describe()}; median and min–max spread over the samples (N); Load: 1-minute load average when the scenario started → ended");
        output.WriteLine();
        output.WriteLine("| # | Scenario | Metric | Median | Spread (min–max) | N | Target | Result | Load |");
        output.WriteLine("|---|---|---|---:|---|---:|---|---|---|");
        var ordered = Rows.OrderBy(r => Number(r.Id)).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        foreach (var row in ordered)
        {
            output.WriteLine(Format(row));
        }

        var notes = ordered.Where(r => r.Note is not null || r.Failure is not null).ToList();
        if (notes.Count > 0)
        {
            output.WriteLine();
            foreach (var row in notes)
            {
                output.WriteLine($"- {row.Id}: {row.Failure ?? row.Note}");
            }
        }
    }

    /// <summary>The scenario number an id starts with (<c>5b</c> → 5), so rows sort as the scenarios are numbered.</summary>
    private static int Number(string id)
    {
        var digits = id.TakeWhile(char.IsAsciiDigit).Count();
        return int.TryParse(id.AsSpan(0, digits), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : int.MaxValue;
    }

    private static string Format(Measurement row)
    {
        if (row.Samples.Count == 0)
        {
            return $"| {row.Id} | {row.Scenario} | {row.Metric} | — | — | 0 | {row.Target?.ToString() ?? "—"} | not measured | {row.Load ?? "—"} |";
        }

        var spread = row.Samples.Count == 1 ? "—" : $"{row.Unit.Format(row.Min)} – {row.Unit.Format(row.Max)}";
        var result = row.Passed switch
        {
            true => "pass",
            false => "**FAIL**",
            null => "—",
        };
        return $"| {row.Id} | {row.Scenario} | {row.Metric} | {row.Unit.Format(row.Median)} | {spread} | {row.Samples.Count} | {row.Target?.ToString() ?? "—"} | {result} | {row.Load ?? "—"} |";
    }
}
