using System.Collections.Frozen;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.DataFlow;

namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>A StartAt plus its States: the whole machine, a Parallel branch or a Map item processor.</summary>
internal sealed class StateGraph(string startAt, FrozenDictionary<string, State> states)
{
    public string StartAt { get; } = startAt;

    public FrozenDictionary<string, State> States { get; } = states;

    /// <summary>Runs from StartAt until a state ends the graph or an error escapes it.</summary>
    public async ValueTask<StepResult> RunAsync(JsonNode? input, ExecutionScope scope, CancellationToken cancellationToken)
    {
        var state = States[StartAt];
        var data = input;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (scope.CheckTimedOut())
            {
                return StepResult.Failure(ExecutionTimeout.Error(scope));
            }

            var entered = scope.Time.GetTimestamp();
            var context = new StateContext(scope, state.Name, entered);
            if (scope.IsTracing)
            {
                scope.Emit(TraceEventType.StateEntered, state.Name, data);
            }

            StateOutcome outcome;
            try
            {
                outcome = await state.ExecuteAsync(data, context, cancellationToken);
            }
            catch (StatesRuntimeException e)
            {
                outcome = StateOutcome.Failed(e.ToStatesError());
            }

            if (outcome.Error is { } error)
            {
                return StepResult.Failure(error);
            }

            if (!outcome.SizeChecked && PayloadLimit.Exceeds(outcome.Output))
            {
                return StepResult.Failure(PayloadLimit.StateOutputError(state.Name));
            }

            if (scope.IsTracing)
            {
                scope.Emit(TraceEventType.StateExited, state.Name, outcome.Output, duration: scope.Time.GetElapsedTime(entered));
            }

            if (outcome.Next is null)
            {
                return StepResult.Success(outcome.Output);
            }

            state = States[outcome.Next];
            data = outcome.Output;
        }
    }
}
