using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Catch;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Retry;

namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>
/// A state with Retry and Catch (Task, Parallel, Map). Each attempt runs the whole data flow; a failed
/// attempt is retried by the first matching retrier until it is spent, then caught by the first matching
/// catcher, whose ResultPath places {Error, Cause} into the raw input (the state's own ResultPath and
/// OutputPath do not apply). Retry counters live in this call, so they reset whenever the state is left.
/// </summary>
internal abstract class RecoverableState(string name, string? next, StateIO io, RetryPolicy retry, CatchPolicy catchers)
    : State(name, next)
{
    public StateIO IO { get; } = io;

    public RetryPolicy Retry { get; } = retry;

    public CatchPolicy Catchers { get; } = catchers;

    public override IEnumerable<Transition> Transitions
    {
        get
        {
            foreach (var transition in base.Transitions)
            {
                yield return transition;
            }

            for (var i = 0; i < Catchers.Catchers.Count; i++)
            {
                yield return new Transition($"Catch[{i}].Next", Catchers.Catchers[i].Next);
            }
        }
    }

    public sealed override async ValueTask<StateOutcome> ExecuteAsync(JsonNode? input, StateContext context, CancellationToken cancellationToken)
    {
        int[]? attempts = null;
        var retryCount = 0;
        while (true)
        {
            StepResult result;
            try
            {
                result = await AttemptAsync(input, context with { RetryCount = retryCount }, cancellationToken);
            }
            catch (StatesRuntimeException e)
            {
                result = StepResult.Failure(e.ToStatesError());
            }

            if (result.IsSuccess)
            {
                return StateOutcome.Continue(result.Output, Next, result.SizeChecked);
            }

            var error = result.Error!;
            var scope = context.Scope;
            if (scope.IsTimedOut)
            {
                return StateOutcome.Failed(error);
            }

            var index = Retry.Find(error.Error);
            if (index >= 0)
            {
                attempts ??= new int[Retry.Count];
                var retrier = Retry.Retriers[index];
                if (attempts[index] < retrier.MaxAttempts)
                {
                    var delay = retrier.Delay(attempts[index], scope.Random);
                    attempts[index]++;
                    retryCount++;
                    if (scope.IsTracing)
                    {
                        scope.Emit(new TraceEvent(TraceEventType.RetryScheduled, Name, scope.Time.GetUtcNow())
                        {
                            Error = error.Error,
                            Cause = error.Cause,
                            Duration = delay,
                            Index = retryCount,
                        });
                    }

                    if (!await ExecutionDelay.WaitAsync(scope, delay, cancellationToken))
                    {
                        return StateOutcome.Failed(ExecutionTimeout.Error(scope));
                    }

                    continue;
                }
            }

            var catcher = Catchers.Find(error.Error);
            if (catcher is null)
            {
                return StateOutcome.Failed(error);
            }

            JsonNode? output;
            try
            {
                output = catcher.ResultPath.Apply(input, CatchPolicy.ErrorOutput(error));
            }
            catch (StatesRuntimeException e)
            {
                return StateOutcome.Failed(e.ToStatesError());
            }

            if (scope.IsTracing)
            {
                scope.Emit(TraceEventType.ErrorCaught, Name, output, error);
            }

            return StateOutcome.Continue(output, catcher.Next);
        }
    }

    /// <summary>One attempt: the full data flow around the state's work.</summary>
    protected abstract ValueTask<StepResult> AttemptAsync(JsonNode? rawInput, StateContext context, CancellationToken cancellationToken);
}
