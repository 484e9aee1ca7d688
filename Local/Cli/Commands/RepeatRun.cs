using System.Globalization;
using OrderEvents.Local.StepFunctions;
using OrderEvents.Local.StepFunctions.Mocking;

namespace OrderEvents.Local.Cli.Commands;

/// <summary>
/// <c>execute --repeat N</c>: a warm-up, then N executions spread over one worker per core with trace
/// recording off, timed as a whole.
/// </summary>
internal static class RepeatRun
{
    public static async Task<RepeatFigures> RunAsync(
        StateMachine machine, byte[] input, ExecutionOptions options, Func<ITaskMockSession?> mocks,
        long count, TimeProvider clock, CancellationToken cancellationToken)
    {
        var quiet = options with { RecordTrace = false };
        var workers = Math.Max(1, Environment.ProcessorCount);

        // Long enough for the JIT to finish recompiling the hot paths with profile data, so that is not timed.
        var warmUp = Math.Min(count, 20_000);
        await RunAllAsync(machine, input, quiet, mocks, warmUp, workers, new long[4], cancellationToken);

        var statuses = new long[4];
        var started = clock.GetTimestamp();
        await RunAllAsync(machine, input, quiet, mocks, count, workers, statuses, cancellationToken);
        return new RepeatFigures(count, workers, warmUp, clock.GetElapsedTime(started), statuses);
    }

    private static Task RunAllAsync(
        StateMachine machine, byte[] input, ExecutionOptions options, Func<ITaskMockSession?> mocks,
        long count, int workers, long[] statuses, CancellationToken cancellationToken)
    {
        var tasks = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            var share = count / workers + (w < count % workers ? 1 : 0);
            tasks[w] = Task.Run(
                async () =>
                {
                    for (var i = 0; i < share; i++)
                    {
                        // Each execution parses its own input tree from the text, as a started execution does.
                        var result = await machine.ExecuteJsonAsync(input, options with { Mocks = mocks() }, cancellationToken);
                        Interlocked.Increment(ref statuses[(int)result.Status]);
                    }
                },
                cancellationToken);
        }

        return Task.WhenAll(tasks);
    }
}

/// <summary>The outcome of a repeated run.</summary>
internal sealed record RepeatFigures(long Executions, int Workers, long WarmUp, TimeSpan Elapsed, IReadOnlyList<long> Statuses)
{
    public double PerSecond => Executions / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public string Describe()
    {
        var outcomes = string.Join(", ", Enum.GetValues<ExecutionStatus>()
            .Where(s => Statuses[(int)s] > 0)
            .Select(s => $"{Statuses[(int)s]:N0} {s.ToString().ToLowerInvariant()}"));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"repeat: {Executions:N0} executions in {Elapsed.TotalSeconds:0.000} s = {PerSecond:N0} executions/s ({Workers} workers, trace off, after {WarmUp:N0} warm-up executions; {outcomes})");
    }
}
