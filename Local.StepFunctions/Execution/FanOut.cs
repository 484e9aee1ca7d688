namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>
/// Runs the branches of a Parallel state or the iterations of a Map state, at most
/// <c>maxConcurrency</c> at a time (0: no limit). Work that completes synchronously never leaves the calling
/// thread. With <c>stopAtFirstFailure</c>, the first failure cancels the rest.
/// </summary>
internal static class FanOut
{
    public static async ValueTask<FanOutResult> RunAsync(
        int count,
        int maxConcurrency,
        bool stopAtFirstFailure,
        Func<int, CancellationToken, ValueTask<StepResult>> start,
        CancellationToken cancellationToken)
    {
        var results = new StepResult[count];
        var failedIndex = -1;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Queue<(int Index, Task<StepResult> Run)>? pending = null;
        for (var i = 0; i < count && failedIndex < 0; i++)
        {
            var run = start(i, cancellation.Token);
            if (run.IsCompleted)
            {
                results[i] = run.Result;
                failedIndex = Record(results, i, stopAtFirstFailure, failedIndex);
                continue;
            }

            pending ??= new Queue<(int, Task<StepResult>)>();
            pending.Enqueue((i, run.AsTask()));
            while (maxConcurrency > 0 && pending.Count >= maxConcurrency && failedIndex < 0)
            {
                var (index, oldest) = pending.Dequeue();
                results[index] = await oldest;
                failedIndex = Record(results, index, stopAtFirstFailure, failedIndex);
            }
        }

        while (pending is { Count: > 0 })
        {
            var (index, run) = pending.Dequeue();
            if (failedIndex >= 0)
            {
                await cancellation.CancelAsync();
                await Abandon(run, cancellationToken);
                continue;
            }

            results[index] = await run;
            failedIndex = Record(results, index, stopAtFirstFailure, failedIndex);
        }

        return new FanOutResult(results, failedIndex);
    }

    private static int Record(StepResult[] results, int index, bool stopAtFirstFailure, int failedIndex) =>
        stopAtFirstFailure && failedIndex < 0 && !results[index].IsSuccess ? index : failedIndex;

    private static async Task Abandon(Task<StepResult> run, CancellationToken outer)
    {
        try
        {
            await run;
        }
        catch (OperationCanceledException) when (!outer.IsCancellationRequested)
        {
            // Cancelled because a sibling failed first; its outcome no longer matters.
        }
    }
}

/// <summary>Every unit's result in index order; <see cref="FailedIndex"/> is the failure that stopped the run, or -1.</summary>
internal readonly record struct FanOutResult(StepResult[] Results, int FailedIndex);
