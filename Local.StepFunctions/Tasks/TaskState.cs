using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Catch;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Mocking;
using OrderEvents.Local.StepFunctions.Retry;

namespace OrderEvents.Local.StepFunctions.Tasks;

/// <summary>
/// Calls its Resource with the effective input, then applies ResultSelector, ResultPath and OutputPath. A
/// mock session, when given, answers instead of the resource (its Return replaces the whole integration
/// result).
/// </summary>
internal sealed class TaskState(string name, string? next, StateIO io, RetryPolicy retry, CatchPolicy catchers, TaskResource resource, TaskTimeout timeout)
    : RecoverableState(name, next, io, retry, catchers)
{
    private static readonly HashSet<string> Fields = StateParser.Fields(
        "Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector", "Retry", "Catch", "Resource",
        "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath");

    // True when only $.Payload of a lambda:invoke output is ever read, so the SDK envelope need not be built.
    private readonly bool _payloadOnly =
        io.ResultSelector is null && io.ResultPath.IsReplace && io.OutputPath.Text == "$.Payload";

    public static TaskState Parse(string name, FieldReader reader)
    {
        reader.RejectUnknownFields(Fields, "a Task state");
        var io = StateIO.Read(reader, parameters: true, resultSelector: true, resultPath: true);
        var resource = TaskResources.Resolve(reader);
        return new TaskState(name, StateParser.ReadNext(reader), io, RetryPolicy.Read(reader), CatchPolicy.Read(reader), resource, TaskTimeout.Read(reader));
    }

    protected override async ValueTask<StepResult> AttemptAsync(JsonNode? rawInput, StateContext context, CancellationToken cancellationToken)
    {
        var scope = context.Scope;
        var parameters = resource.TakesInputAsPayload ? IO.InputPath.Apply(rawInput, context) : IO.EffectiveInput(rawInput, context);
        var limit = timeout.Resolve(rawInput, context);
        if (scope.IsTracing)
        {
            scope.Emit(TraceEventType.TaskScheduled, Name, parameters);
        }

        var mocks = scope.Options.Mocks;
        StepResult result;
        if (mocks is not null && mocks.TryGetResponse(Name, out var mocked))
        {
            result = mocked switch
            {
                MockedTaskResponse.Return r => StepResult.Success(r.Result?.DeepClone()),
                MockedTaskResponse.Throw t => StepResult.Failure(t.Error, t.Cause),
                _ => throw new InvalidOperationException($"Unknown mocked response {mocked.GetType().Name}."),
            };
        }
        else
        {
            result = await InvokeAsync(parameters, context, limit, cancellationToken);
        }

        if (result.Error is { } error)
        {
            if (scope.IsTracing)
            {
                scope.Emit(TraceEventType.TaskFailed, Name, error: error);
            }

            return result;
        }

        if (scope.IsTracing)
        {
            scope.Emit(TraceEventType.TaskSucceeded, Name, result.Output);
        }

        // The payload-only shortcut already yields what OutputPath '$.Payload' would select.
        return result.SizeChecked && _payloadOnly
            ? result
            : StepResult.Success(IO.Output(rawInput, result.Output, context));
    }

    private ValueTask<StepResult> InvokeAsync(JsonNode? parameters, StateContext context, TimeSpan? limit, CancellationToken cancellationToken)
    {
        var scope = context.Scope;
        var payloadOnly = _payloadOnly && !scope.IsTracing;
        if (limit is null && scope.IsVirtualTime)
        {
            return resource.InvokeAsync(parameters, context, payloadOnly, cancellationToken);
        }

        return InvokeWithinLimitsAsync(parameters, context, limit, payloadOnly, cancellationToken);
    }

    private async ValueTask<StepResult> InvokeWithinLimitsAsync(JsonNode? parameters, StateContext context, TimeSpan? limit, bool payloadOnly, CancellationToken cancellationToken)
    {
        var scope = context.Scope;
        var started = limit is null ? 0 : scope.Time.GetTimestamp();
        using var attemptCancellation = limit is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var attempt = resource.InvokeAsync(parameters, context, payloadOnly, attemptCancellation?.Token ?? cancellationToken);
        return await TaskTimeout.AwaitAsync(attempt, limit, started, scope, attemptCancellation);
    }
}
