using System.Globalization;
using OrderEvents.Local.StepFunctions;

namespace OrderEvents.Benchmarks.Workloads;

/// <summary>
/// Counts how order executions ended. The only expected failure is a simulated payment decline; anything
/// else means the benchmark is timing a broken workflow, so it stops the run.
/// </summary>
internal sealed class OrderOutcomeTally
{
    public const string DeclinedError = "PaymentFailed";

    private long succeeded;
    private long declined;

    public long Total => Interlocked.Read(ref succeeded) + Interlocked.Read(ref declined);

    /// <exception cref="InvalidOperationException">The execution ended in an unexpected way.</exception>
    public void Add(ExecutionResult result)
    {
        if (result.Status == ExecutionStatus.Succeeded)
        {
            Interlocked.Increment(ref succeeded);
        }
        else if (result.Status == ExecutionStatus.Failed && result.Error == DeclinedError)
        {
            Interlocked.Increment(ref declined);
        }
        else
        {
            throw new InvalidOperationException($"an order execution ended {result.Status} {result.Error}: {result.Cause}");
        }
    }

    public string Describe()
    {
        var total = Math.Max(1, Total);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Total:N0} executions: {100.0 * succeeded / total:0}% SUCCEEDED, {100.0 * declined / total:0}% FAILED with {DeclinedError} (simulated declines)");
    }
}
