namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>Waits on the execution's clock (Wait states, retry intervals), never past the execution's deadline.</summary>
internal static class ExecutionDelay
{
    // Task.Delay accepts at most about 49 days; longer waits are taken in steps.
    private static readonly TimeSpan LongestStep = TimeSpan.FromDays(40);

    /// <returns><see langword="false"/> when the execution timed out during the wait.</returns>
    public static async ValueTask<bool> WaitAsync(ExecutionScope scope, TimeSpan delay, CancellationToken cancellationToken)
    {
        var remaining = scope.Remaining;
        var timesOut = delay >= remaining;
        var wait = timesOut ? remaining : delay;
        while (wait > TimeSpan.Zero)
        {
            var step = wait > LongestStep ? LongestStep : wait;
            await Task.Delay(step, scope.Time, cancellationToken);
            wait -= step;
        }

        if (timesOut)
        {
            scope.MarkTimedOut();
        }

        return !timesOut;
    }
}
