using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
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
        // The execution gets the envelope's text, so a first task that sends it on as is needs no rewriting.
        var input = Encoding.UTF8.GetBytes(envelopeJson);
        var eventId = EventId(input);
        var runOptions = options with { Mocks = mockSessions() };

        // Not Task.Run: the execution runs inline until its first real wait, so in-process runs draw from
        // the seeded sources in event order and repeat exactly; executions that wait still overlap.
        var execution = notifications.Collect(
            () => machine.ExecuteJsonAsync(input, runOptions, cancellationToken),
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

    /// <summary>The envelope's top-level <c>id</c>, or empty when it has none.</summary>
    /// <exception cref="JsonException">The envelope is not valid JSON.</exception>
    private static string EventId(ReadOnlySpan<byte> envelope)
    {
        var reader = new Utf8JsonReader(envelope);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return string.Empty;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals("id"u8);
            reader.Read();
            if (isId && reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString()!;
            }

            reader.Skip();
        }

        return string.Empty;
    }

    private sealed record Started(string EventId, Task<ExecutionResult> Execution, IReadOnlyList<PublishResult> Published);
}
