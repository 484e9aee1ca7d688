using System.Text;
using OrderEvents.Benchmarks.Harness;
using OrderEvents.Benchmarks.Workloads;
using OrderEvents.Local.ProcessMode;

namespace OrderEvents.Benchmarks.Scenarios.Sandboxes;

/// <summary>
/// Scenario 6: one warm AOT ValidateOrder process, invoked one event at a time through its Runtime API on
/// loopback (queue → <c>GET /next</c> → handler → <c>POST /response</c> → reply); p50 and p99 per round.
/// </summary>
internal sealed class WarmInvokeScenario : IScenario
{
    public string Id => "6";

    public string Title => "Warm invoke round trip, AOT ValidateOrder";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var bootstrap = await BootstrapBuilds.EnsureAotAsync(context, cancellationToken);
        var payload = Encoding.UTF8.GetBytes(OrderEnvelopes.FromEntriesFile(context.InRepository("events/order-placed.json")).Create("warm"));
        await using var sandbox = await FunctionSandbox.StartAsync(FunctionSpecs.Aot(bootstrap, "ValidateOrder"), context.Time, null, cancellationToken);

        var warmUp = await WarmUpAsync(sandbox, payload, context, cancellationToken);
        var p50 = new List<double>();
        var p99 = new List<double>();
        for (var round = 0; round < context.Plan.Rounds; round++)
        {
            var micros = await InvokeAsync(sandbox, payload, context, context.Plan.InvokesPerRound, cancellationToken);
            p50.Add(Statistics.Percentile(micros, 50));
            p99.Add(Statistics.Percentile(micros, 99));
        }

        var us = MetricUnit.Microseconds;
        var scenario = $"{Title}, loopback";
        return
        [
            new("6a", scenario, "p50 round trip", us, p50, Target.Maximum(150, us))
            {
                Note = $"N = rounds of {context.Plan.InvokesPerRound:N0} sequential invokes after {warmUp.Invokes:N0} warm-up invokes ({warmUp.Elapsed.TotalSeconds:0.#} s, "
                    + $"at least {context.Plan.InvokeWarmUp.TotalSeconds:0} s and until two rounds' p50 agreed within 5%: the Runtime API server runs on the JIT in this process and tiers up in steps); each sample is one round's percentile.",
            },
            new("6b", scenario, "p99 round trip", us, p99),
        ];
    }

    /// <summary>
    /// Unmeasured rounds of p50s as <see cref="Settling.WarmUpAsync"/> runs them: at least <see cref="RoundPlan.WarmInvokes"/>
    /// invokes and <see cref="RoundPlan.InvokeWarmUp"/>, but no longer than <see cref="RoundPlan.MaxWarmUp"/>.
    /// </summary>
    private static async Task<(int Invokes, TimeSpan Elapsed)> WarmUpAsync(
        FunctionSandbox sandbox, byte[] payload, BenchContext context, CancellationToken cancellationToken)
    {
        var plan = context.Plan;
        var invokes = 0;
        var elapsed = await Settling.WarmUpAsync(
            context.Time,
            plan.InvokeWarmUp,
            plan.MaxWarmUp,
            async () =>
            {
                var round = await InvokeAsync(sandbox, payload, context, plan.InvokesPerRound, cancellationToken);
                invokes += round.Count;
                return Statistics.Percentile(round, 50);
            },
            () => invokes >= plan.WarmInvokes);
        return (invokes, elapsed);
    }

    /// <returns>Each invoke's round trip in microseconds.</returns>
    private static async Task<List<double>> InvokeAsync(
        FunctionSandbox sandbox, byte[] payload, BenchContext context, int count, CancellationToken cancellationToken)
    {
        var micros = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = context.Time.GetTimestamp();
            var reply = await sandbox.InvokeAsync(payload, cancellationToken);
            micros.Add(context.Time.GetElapsedTime(started).TotalMicroseconds);
            if (reply is not SandboxReply.Response)
            {
                throw new InvalidOperationException($"the warm ValidateOrder process answered {reply}");
            }
        }

        return micros;
    }
}
