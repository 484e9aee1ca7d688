namespace OrderEvents.Benchmarks.Harness;

/// <summary>How long and how often each scenario measures; <see cref="Quick"/> is for smoke runs only.</summary>
internal sealed record RoundPlan
{
    public static RoundPlan Full { get; } = new();

    public static RoundPlan Quick { get; } = new()
    {
        Rounds = 2,
        RoundDuration = TimeSpan.FromMilliseconds(300),
        WarmUp = TimeSpan.FromMilliseconds(300),
        MaxWarmUp = TimeSpan.FromMilliseconds(600),
        Spawns = 3,
        WarmInvokes = 200,
        InvokeWarmUp = TimeSpan.FromMilliseconds(300),
        InvokesPerRound = 200,
        ProcessRuns = 1,
        ProcessWarmUp = TimeSpan.FromSeconds(1),
    };

    public bool IsQuick => Rounds < Full.Rounds;

    /// <summary>Measured rounds per throughput or latency metric.</summary>
    public int Rounds { get; init; } = 5;

    public TimeSpan RoundDuration { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Unmeasured running before the first round, so tiered JIT and caches settle.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The warm-up ends here even if the rate has not settled.</summary>
    public TimeSpan MaxWarmUp { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Process spawns per bootstrap flavor for the cold-start figures.</summary>
    public int Spawns { get; init; } = 10;

    /// <summary>Unmeasured invokes on a warm sandbox before the round-trip rounds.</summary>
    public int WarmInvokes { get; init; } = 1_000;

    /// <summary>
    /// The shortest warm-up of the round-trip rounds. The Runtime API server is JIT-compiled in this process and
    /// its request path tiers up in steps over several seconds, so two rounds can agree while it is still slow.
    /// </summary>
    public TimeSpan InvokeWarmUp { get; init; } = TimeSpan.FromSeconds(10);

    public int InvokesPerRound { get; init; } = 1_000;

    /// <summary>Measured runs of each main-job command (after one unmeasured run).</summary>
    public int ProcessRuns { get; init; } = 5;

    /// <summary>Warm-up of the process-mode workflow: long enough for every sandbox to start.</summary>
    public TimeSpan ProcessWarmUp { get; init; } = TimeSpan.FromSeconds(3);

    public string Describe() => IsQuick
        ? $"QUICK smoke run ({Rounds} × {RoundDuration.TotalSeconds:0.#} s rounds, {Spawns} spawns): figures are not representative"
        : $"{Rounds} rounds × {RoundDuration.TotalSeconds:0.#} s after a warm-up of {WarmUp.TotalSeconds:0.#}–{MaxWarmUp.TotalSeconds:0} s that lasts until two rounds agree within 5% (throughput); "
          + $"{Spawns} spawns per flavor (cold start); {Rounds} × {InvokesPerRound} invokes after a warm-up of at least {WarmInvokes} invokes and {InvokeWarmUp.TotalSeconds:0} s that lasts until two rounds' p50 agree within 5% (round trip); "
          + $"{ProcessRuns} runs after one warm-up run (main job)";
}
