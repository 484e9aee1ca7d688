using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using OrderEvents.Local.EventBridge.Bus;
using OrderEvents.Local.Sns;
using OrderEvents.Local.StepFunctions;
using OrderEvents.Local.StepFunctions.Mocking;

namespace OrderEvents.Local.OrderFlow;

/// <summary>
/// A rule target that starts an execution with the whole envelope as input and returns at once, as
/// EventBridge starts Express executions asynchronously. The started executions are awaited with
/// <see cref="CompleteAsync"/>.
/// </summary>
public sealed class StateMachineTarget(
    string ruleName,
    string stateMachineArn,
    StateMachine machine,
    ExecutionOptions options,
    ExecutionNotifications notifications,
    Func<ITaskMockSession?> mockSessions) : IRuleTarget
{
    private readonly ConcurrentQueue<Started> _started = new();

    public string Id => stateMachineArn;

    public ValueTask DeliverAsync(string envelopeJson, CancellationToken cancellationToken)
    {
        var input = JsonNode.Parse(envelopeJson);
        var eventId = input?["id"]?.GetValue<string>() ?? string.Empty;
        var runOptions = options with { Mocks = mockSessions() };

        // Not Task.Run: the execution runs inline until its first real wait, so in-process runs draw from
        // the seeded sources in event order and repeat exactly; executions that wait still overlap.
        var execution = notifications.Collect(
            () => machine.ExecuteAsync(input, runOptions, cancellationToken),
            out var published);
        _started.Enqueue(new Started(eventId, execution, published));
        return ValueTask.CompletedTask;
    }

    /// <summary>Waits for every execution started so far, in the order they started.</summary>
    public async Task<IReadOnlyList<WorkflowRun>> CompleteAsync()
    {
        var runs = new List<WorkflowRun>();
        while (_started.TryDequeue(out var started))
        {
            var result = await started.Execution;
            runs.Add(new WorkflowRun(started.EventId, ruleName, stateMachineArn, result, started.Published));
        }

        return runs;
    }

    private sealed record Started(string EventId, Task<ExecutionResult> Execution, IReadOnlyList<PublishResult> Published);
}
