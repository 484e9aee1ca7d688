namespace OrderEvents.Benchmarks.Harness;

/// <summary>What every scenario runs with.</summary>
/// <param name="RepositoryRoot">The OrderEvents repository (holds workflow/, events/, scripts/).</param>
/// <param name="Progress">Progress lines for the person waiting (stderr); the table goes to stdout.</param>
internal sealed record BenchContext(RoundPlan Plan, TimeProvider Time, string RepositoryRoot, TextWriter Progress)
{
    /// <summary>Workers for figures quoted "on this machine": one per core.</summary>
    public static int AllCores => Math.Max(1, Environment.ProcessorCount);

    public ThroughputRunner Throughput => new(Time, Plan);

    public string InRepository(string relativePath) => Path.Combine(RepositoryRoot, relativePath);
}
