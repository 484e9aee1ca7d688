namespace OrderEvents.Benchmarks.Harness;

/// <summary>
/// Measures operations per second: a warm-up, then timed rounds in which every worker runs batches until
/// the round's deadline. A round's rate is all operations over the time until the last worker finished.
/// </summary>
internal sealed class ThroughputRunner(TimeProvider time, RoundPlan plan)
{
    /// <param name="workers">Concurrent workers (one per core, or one for a single-core figure).</param>
    /// <param name="newRound">Prepares a fresh workload for one round (untimed) and returns its batch: it runs
    /// some operations for the given worker and returns how many it ran.</param>
    public async Task<Throughput> MeasureAsync(int workers, Func<Func<int, ValueTask<int>>> newRound, CancellationToken cancellationToken)
    {
        var warmUp = await WarmUpAsync(workers, newRound, cancellationToken);
        var rates = new List<double>(plan.Rounds);
        for (var round = 0; round < plan.Rounds; round++)
        {
            rates.Add(await RunRoundAsync(workers, newRound(), plan.RoundDuration, cancellationToken));
        }

        return new Throughput(rates, warmUp);
    }

    /// <summary>Unmeasured rounds as <see cref="Settling.WarmUpAsync"/> runs them, between <see cref="RoundPlan.WarmUp"/> and <see cref="RoundPlan.MaxWarmUp"/>.</summary>
    private Task<TimeSpan> WarmUpAsync(int workers, Func<Func<int, ValueTask<int>>> newRound, CancellationToken cancellationToken) =>
        Settling.WarmUpAsync(time, plan.WarmUp, plan.MaxWarmUp, () => RunRoundAsync(workers, newRound(), plan.RoundDuration, cancellationToken));

    private async Task<double> RunRoundAsync(
        int workers, Func<int, ValueTask<int>> batch, TimeSpan duration, CancellationToken cancellationToken)
    {
        // Collect the previous round's garbage outside the timed window.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var started = time.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * time.TimestampFrequency);
        var tasks = new Task<long>[workers];
        for (var w = 0; w < workers; w++)
        {
            var worker = w;
            tasks[w] = Task.Run(
                async () =>
                {
                    long done = 0;
                    while (time.GetTimestamp() < deadline)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        done += await batch(worker);
                    }

                    return done;
                },
                cancellationToken);
        }

        var counts = await Task.WhenAll(tasks);
        return counts.Sum() / time.GetElapsedTime(started).TotalSeconds;
    }
}

/// <summary>The measured rates (one per round) and how long the warm-up took to settle.</summary>
internal sealed record Throughput(IReadOnlyList<double> Rates, TimeSpan WarmUp)
{
    public string DescribeWarmUp() => $"warm-up {WarmUp.TotalSeconds:0} s";
}
