namespace OrderEvents.Benchmarks.Harness;

/// <summary>One benchmark scenario; it measures one or more table rows.</summary>
internal interface IScenario
{
    /// <summary>The row ids this scenario fills (used to report a failure on each).</summary>
    string Id { get; }

    string Title { get; }

    Task<IReadOnlyList<Measurement>> RunAsync(BenchContext context, CancellationToken cancellationToken);
}
