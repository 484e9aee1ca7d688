namespace OrderEvents.Benchmarks.Harness;

/// <summary>When a warm-up may end: two consecutive unmeasured rounds agree within 5 %.</summary>
internal static class Settling
{
    public const double MaxChange = 0.05;

    /// <param name="previous">The previous round's figure; 0 or less when there was none.</param>
    public static bool HasSettled(double previous, double current) =>
        previous > 0 && Math.Abs(current - previous) / previous < MaxChange;

    /// <summary>
    /// Runs unmeasured rounds for at least <paramref name="minimum"/> (and until <paramref name="enough"/>, when
    /// given) and until two consecutive rounds' figures agree within 5 %, but no longer than <paramref name="maximum"/>:
    /// tiered JIT keeps recompiling hot code for seconds on a busy machine, and stopping earlier measures the JIT.
    /// </summary>
    /// <param name="round">Runs one round and returns its figure (a rate, a percentile).</param>
    /// <returns>How long the warm-up took.</returns>
    public static async Task<TimeSpan> WarmUpAsync(
        TimeProvider time, TimeSpan minimum, TimeSpan maximum, Func<Task<double>> round, Func<bool>? enough = null)
    {
        var started = time.GetTimestamp();
        var previous = 0.0;
        while (true)
        {
            var figure = await round();
            var elapsed = time.GetElapsedTime(started);
            var longEnough = elapsed >= minimum && (enough?.Invoke() ?? true);
            if (elapsed >= maximum || (longEnough && HasSettled(previous, figure)))
            {
                return elapsed;
            }

            previous = figure;
        }
    }
}
