using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions;

namespace OrderEvents.Local.Cli.Output;

/// <summary>The JSON shapes of an execution: the <c>execute --json</c> result and the per-state trace.</summary>
public static class ExecutionJson
{
    public static string StatusName(ExecutionStatus status) => status switch
    {
        ExecutionStatus.Succeeded => "SUCCEEDED",
        ExecutionStatus.Failed => "FAILED",
        ExecutionStatus.TimedOut => "TIMED_OUT",
        ExecutionStatus.Aborted => "ABORTED",
        _ => status.ToString().ToUpperInvariant(),
    };

    /// <summary><c>{"status", "output"}</c> when it succeeded, <c>{"status", "error", "cause"}</c> otherwise.</summary>
    public static JsonObject Result(ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var json = new JsonObject { ["status"] = StatusName(result.Status) };
        if (result.Status == ExecutionStatus.Succeeded)
        {
            json["output"] = result.Output?.DeepClone();
        }
        else
        {
            json["error"] = result.Error;
            json["cause"] = result.Cause;
        }

        return json;
    }

    /// <summary>One object per state visit: name, start, duration, output or error, retries.</summary>
    public static JsonArray States(IReadOnlyList<StateStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var states = new JsonArray();
        foreach (var step in steps)
        {
            var state = new JsonObject
            {
                ["Name"] = step.Name,
                ["EnteredAt"] = step.EnteredAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["DurationMs"] = step.Duration?.TotalMilliseconds,
            };
            if (step.Index is { } index)
            {
                state["Index"] = index;
            }

            if (step.Failed)
            {
                state["Error"] = step.Error;
                state["Cause"] = step.Cause;
                state["Caught"] = step.Caught;
            }
            else
            {
                state["Output"] = step.Output?.DeepClone();
            }

            if (step.Retries > 0)
            {
                state["Retries"] = step.Retries;
            }

            states.Add(state);
        }

        return states;
    }
}
