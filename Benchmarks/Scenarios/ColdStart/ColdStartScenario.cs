using System.Text;
using OrderEvents.Benchmarks.Harness;
using OrderEvents.Benchmarks.Workloads;
using OrderEvents.Local.ProcessMode;

namespace OrderEvents.Benchmarks.Scenarios.ColdStart;

/// <summary>
/// Scenarios 5 and 7: cold starts of ValidateOrder as the AOT <c>bootstrap</c> and as <c>dotnet bootstrap.dll</c>
/// (spawns alternate between the two so load changes hit both alike), the size of <c>bootstrap</c>, and the
/// resident memory of each process after its first invoke.
/// </summary>
internal sealed class ColdStartScenario : IScenario
{
    private const string Function = "ValidateOrder";
    private const double Megabyte = 1_000_000;

    public string Id => "5, 7";

    public string Title => "ValidateOrder cold start and footprint";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var bootstrap = await BootstrapBuilds.EnsureAotAsync(context, cancellationToken);
        var assembly = await BootstrapBuilds.EnsureJitAsync(context, cancellationToken);
        var payload = Encoding.UTF8.GetBytes(OrderEnvelopes.FromEntriesFile(context.InRepository("events/order-placed.json")).Create("cold"));
        var starter = new ColdStarter(context.Time, payload, "Order Validated");
        FunctionProcessSpec aotSpec = FunctionSpecs.Aot(bootstrap, Function), jitSpec = FunctionSpecs.Jit(assembly, Function);

        // One unmeasured spawn each: the first also JIT-compiles this process's Runtime API server and the harness.
        await starter.SpawnAsync(aotSpec, cancellationToken);
        await starter.SpawnAsync(jitSpec, cancellationToken);
        var aot = new List<Spawn>();
        var jit = new List<Spawn>();
        for (var i = 0; i < context.Plan.Spawns; i++)
        {
            aot.Add(await starter.SpawnAsync(aotSpec, cancellationToken));
            jit.Add(await starter.SpawnAsync(jitSpec, cancellationToken));
        }

        var ms = MetricUnit.Milliseconds;
        return
        [
            new("5a", "ValidateOrder cold start, AOT bootstrap", "spawn → first GET /next", ms, [.. aot.Select(s => s.ToFirstPoll.TotalMilliseconds)]),
            new("5b", "ValidateOrder cold start, AOT bootstrap", "spawn → first response", ms, [.. aot.Select(s => s.ToFirstResponse.TotalMilliseconds)], Target.Maximum(20, ms)),
            new("5c", "ValidateOrder cold start, JIT (dotnet bootstrap.dll)", "spawn → first GET /next", ms, [.. jit.Select(s => s.ToFirstPoll.TotalMilliseconds)]),
            new("5d", "ValidateOrder cold start, JIT (dotnet bootstrap.dll)", "spawn → first response", ms, [.. jit.Select(s => s.ToFirstResponse.TotalMilliseconds)]),
            new("5e", "Cold start, JIT ÷ AOT (spawn → first response)", "ratio per spawn pair", MetricUnit.Times,
                [.. aot.Zip(jit, (a, j) => j.ToFirstResponse / a.ToFirstResponse)], Target.Minimum(10, MetricUnit.Times)),
            new("7a", "bootstrap size (Native AOT, linux-x64)", "file size", MetricUnit.Megabytes, [new FileInfo(bootstrap).Length / Megabyte], Target.Maximum(12, MetricUnit.Megabytes))
            {
                Note = $"{new FileInfo(bootstrap).Length:N0} bytes; MB = 10^6 bytes.",
            },
            new("7b", "ValidateOrder AOT resident memory after first invoke", "VmRSS", MetricUnit.Megabytes, [.. aot.Select(s => s.ResidentBytes / Megabyte)], Target.Maximum(30, MetricUnit.Megabytes)),
            new("7c", "ValidateOrder JIT resident memory after first invoke", "VmRSS", MetricUnit.Megabytes, [.. jit.Select(s => s.ResidentBytes / Megabyte)])
            {
                Note = "reference only (the JIT process includes the shared runtime it maps).",
            },
        ];
    }
}
