namespace OrderEvents.Benchmarks.Harness;

/// <summary>Order statistics over a sample: median and percentiles by linear interpolation between ranks.</summary>
internal static class Statistics
{
    public static double Median(IReadOnlyCollection<double> samples) => Percentile(samples, 50);

    /// <param name="percent">0 to 100.</param>
    public static double Percentile(IReadOnlyCollection<double> samples, double percent)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (samples.Count == 0)
        {
            throw new ArgumentException("A percentile of no samples is undefined.", nameof(samples));
        }

        var sorted = samples.Order().ToArray();
        var rank = percent / 100 * (sorted.Length - 1);
        var lower = (int)Math.Floor(rank);
        var upper = (int)Math.Ceiling(rank);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
    }
}
