using OrderEvents.Local.StepFunctions;

namespace OrderEvents.Local.Cli.Output;

/// <summary>Folds an execution trace into one <see cref="StateStep"/> per state visit, in the order entered.</summary>
public static class TraceSteps
{
    public static IReadOnlyList<StateStep> From(IReadOnlyList<TraceEvent> trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var steps = new List<StateStep>();
        var open = new Dictionary<(string, int?), StateStep>();
        var latest = new Dictionary<string, StateStep>(StringComparer.Ordinal);
        foreach (var e in trace)
        {
            if (e.StateName is null)
            {
                BlameFinalError(steps, e);
                continue;
            }

            var key = (e.StateName, e.Index);
            if (e.Type == TraceEventType.StateEntered)
            {
                var step = new StateStep(e.StateName, e.Index, e.Timestamp);
                steps.Add(step);
                open[key] = step;
                latest[e.StateName] = step;
                continue;
            }

            // Some events use Index for their own numbering (a retry's attempt); then the state's latest visit is meant.
            if (!open.TryGetValue(key, out var current) && !latest.TryGetValue(e.StateName, out current))
            {
                continue;
            }

            switch (e.Type)
            {
                case TraceEventType.StateExited:
                    current.Exited = true;
                    current.Duration = e.Duration;
                    current.Output = e.Data;
                    break;
                case TraceEventType.TaskFailed:
                case TraceEventType.ExecutionFailed:
                case TraceEventType.ExecutionTimedOut:
                    current.Error = e.Error;
                    current.Cause = e.Cause;
                    break;
                case TraceEventType.TaskSucceeded:
                    // A retried attempt succeeded: the earlier failure is history, the retry count keeps it visible.
                    current.Error = null;
                    current.Cause = null;
                    break;
                case TraceEventType.RetryScheduled:
                    current.Retries++;
                    break;
                case TraceEventType.ErrorCaught:
                    current.Caught = true;
                    current.Error ??= e.Error;
                    current.Cause ??= e.Cause;
                    current.Duration ??= e.Timestamp - current.EnteredAt;
                    break;
                default:
                    break;
            }
        }

        return steps;
    }

    /// <summary>
    /// The execution's own failure event names no state; the state that never exited (a Fail state, or the
    /// state whose error nothing caught) is where it ended, so the error is shown there.
    /// </summary>
    private static void BlameFinalError(List<StateStep> steps, TraceEvent e)
    {
        if (e.Type is not (TraceEventType.ExecutionFailed or TraceEventType.ExecutionTimedOut or TraceEventType.ExecutionAborted))
        {
            return;
        }

        var last = steps.LastOrDefault(s => !s.Exited);
        if (last is not null && last.Error is null)
        {
            // The cause is the execution's, shown once on its status line.
            last.Error = e.Error ?? e.Type.ToString();
        }
    }
}
