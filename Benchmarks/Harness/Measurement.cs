namespace OrderEvents.Benchmarks.Harness;

/// <summary>One row of the result table: the samples of one metric (one per round or per spawn) and its target.</summary>
/// <param name="Id">The scenario number, e.g. <c>5</c>.</param>
internal sealed record Measurement(string Id, string Scenario, string Metric, MetricUnit Unit, IReadOnlyList<double> Samples, Target? Target = null)
{
    /// <summary>Context a reader needs to trust the figure (e.g. the mix of execution outcomes).</summary>
    public string? Note { get; init; }

    /// <summary>Why the scenario could not be measured; such a row has no samples.</summary>
    public string? Failure { get; init; }

    /// <summary>The 1-minute load average when the scenario started and ended, e.g. <c>1.2→2.3</c>.</summary>
    public string? Load { get; init; }

    public double Median => Statistics.Median(Samples);

    public double Min => Samples.Min();

    public double Max => Samples.Max();

    /// <summary>Whether the median meets the target; null without a target or samples.</summary>
    public bool? Passed => Target is null || Samples.Count == 0 ? null : Target.IsMetBy(Median);

    public static Measurement Failed(string id, string scenario, string reason) =>
        new(id, scenario, "—", MetricUnit.PerSecond, []) { Failure = reason };
}
