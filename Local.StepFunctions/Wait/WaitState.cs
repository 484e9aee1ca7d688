using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Wait;

/// <summary>Waits, on the execution's clock, for Seconds, SecondsPath, Timestamp or TimestampPath (exactly one).</summary>
internal sealed class WaitState(string name, string? next, StateIO io, WaitDuration duration) : State(name, next)
{
    private static readonly HashSet<string> Fields =
        StateParser.Fields("Next", "End", "InputPath", "OutputPath", "Seconds", "SecondsPath", "Timestamp", "TimestampPath");

    public static WaitState Parse(string name, FieldReader reader)
    {
        reader.RejectUnknownFields(Fields, "a Wait state");
        var io = StateIO.Read(reader, parameters: false, resultSelector: false, resultPath: false);
        return new WaitState(name, StateParser.ReadNext(reader), io, WaitDuration.Read(reader));
    }

    public override async ValueTask<StateOutcome> ExecuteAsync(JsonNode? input, StateContext context, CancellationToken cancellationToken)
    {
        var selected = io.InputPath.Apply(input, context);
        var scope = context.Scope;
        var delay = duration.Resolve(selected, context, scope.Time.GetUtcNow());
        if (scope.IsTracing)
        {
            scope.Emit(new TraceEvent(TraceEventType.WaitStarted, Name, scope.Time.GetUtcNow()) { Duration = delay });
        }

        if (!await ExecutionDelay.WaitAsync(scope, delay, cancellationToken))
        {
            return StateOutcome.Failed(ExecutionTimeout.Error(scope));
        }

        var output = io.OutputPath.Apply(selected, context);
        return StateOutcome.Continue(output, Next, sizeChecked: ReferenceEquals(output, input));
    }
}
