namespace OrderEvents.Benchmarks.Harness;

/// <summary>When a warm-up may end: two consecutive unmeasured rounds agree within 5 %.</summary>
internal static class Settling
{
    public const double MaxChange = 0.05;

    /// <param name="previous">The previous round's figure; 0 or less when there was none.</param>
    public static bool HasSettled(double previous, double current) =>
        previous > 0 && Math.Abs(current - previous) / previous < MaxChange;
}
