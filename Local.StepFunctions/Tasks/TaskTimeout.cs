using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Tasks;

/// <summary>
/// TimeoutSeconds / TimeoutSecondsPath of a Task state (HeartbeatSeconds is accepted and validated; with no
/// task tokens locally there is no heartbeat to miss). An attempt that runs longer fails with States.Timeout
/// and an empty Cause, as AWS reports it.
/// </summary>
internal sealed class TaskTimeout(int? seconds, DataPath? secondsPath)
{
    public static readonly TaskTimeout None = new(null, null);

    public static TaskTimeout Read(FieldReader reader)
    {
        if (reader.Has("TimeoutSeconds") && reader.Has("TimeoutSecondsPath"))
        {
            throw reader.Error("fields 'TimeoutSeconds' and 'TimeoutSecondsPath' cannot both be set");
        }

        if (reader.Has("HeartbeatSeconds") && reader.Has("HeartbeatSecondsPath"))
        {
            throw reader.Error("fields 'HeartbeatSeconds' and 'HeartbeatSecondsPath' cannot both be set");
        }

        var seconds = reader.OptionalInteger("TimeoutSeconds", 1, 99_999_999);
        var heartbeat = reader.OptionalInteger("HeartbeatSeconds", 1, 99_999_999);
        if (heartbeat is not null && heartbeat >= (seconds ?? 99_999_999))
        {
            throw reader.Error("field 'HeartbeatSeconds' must be smaller than 'TimeoutSeconds'");
        }

        foreach (var field in (ReadOnlySpan<string>)["HeartbeatSecondsPath", "TimeoutSecondsPath"])
        {
            if (reader.OptionalString(field) is { } text)
            {
                var path = reader.ParseExpression(field, () => DataPath.Parse(text));
                if (field == "TimeoutSecondsPath")
                {
                    return new TaskTimeout(null, path);
                }
            }
        }

        return seconds is null ? None : new TaskTimeout(seconds, null);
    }

    /// <summary>The timeout for this attempt, or <see langword="null"/> for none.</summary>
    public TimeSpan? Resolve(System.Text.Json.Nodes.JsonNode? rawInput, in StateContext context)
    {
        if (seconds is { } fixedSeconds)
        {
            return TimeSpan.FromSeconds(fixedSeconds);
        }

        if (secondsPath is null)
        {
            return null;
        }

        var value = secondsPath.Select(rawInput, context);
        return JsonScalar.TryGetDouble(value, out var number) && number >= 1 && number == Math.Floor(number)
            ? TimeSpan.FromSeconds(number)
            : throw new StatesRuntimeException(StatesError.Runtime, DataPath.RuntimeCause(context.StateName,
                $"The value selected by TimeoutSecondsPath '{secondsPath.Text}' must be a positive integer, not {value?.ToJsonString() ?? "null"}."));
    }

    /// <summary>
    /// Awaits the attempt within the task timeout and the execution's remaining time. A synchronously
    /// completed attempt costs nothing extra; on a virtual clock the elapsed virtual time decides.
    /// </summary>
    public static async ValueTask<StepResult> AwaitAsync(ValueTask<StepResult> attempt, TimeSpan? timeout, long startedAt,
        ExecutionScope scope, CancellationTokenSource? attemptCancellation)
    {
        if (attempt.IsCompleted || scope.IsVirtualTime)
        {
            var result = await attempt;
            return timeout is { } limit && scope.Time.GetElapsedTime(startedAt) >= limit
                ? StepResult.Failure(StatesError.Timeout, string.Empty)
                : result;
        }

        var remaining = scope.Remaining;
        var taskLeft = timeout - scope.Time.GetElapsedTime(startedAt);
        var taskTimesOutFirst = taskLeft is { } left && left <= remaining;
        var wait = taskTimesOutFirst ? taskLeft!.Value : remaining;
        var task = attempt.AsTask();
        try
        {
            return await task.WaitAsync(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, scope.Time);
        }
        catch (TimeoutException)
        {
            if (attemptCancellation is not null)
            {
                await attemptCancellation.CancelAsync();
            }

            // The abandoned attempt may still fault; observe it so it is not reported as unobserved.
            _ = task.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            if (taskTimesOutFirst)
            {
                return StepResult.Failure(StatesError.Timeout, string.Empty);
            }

            scope.MarkTimedOut();
            return StepResult.Failure(ExecutionTimeout.Error(scope));
        }
    }
}
