using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Fail;

/// <summary>Fails its graph with a fixed Error/Cause or ones read from the input (ErrorPath/CausePath).</summary>
internal sealed class FailState(string name, FailField error, FailField cause) : State(name, next: null)
{
    private static readonly HashSet<string> Fields = StateParser.Fields("Error", "ErrorPath", "Cause", "CausePath");

    public static FailState Parse(string name, FieldReader reader)
    {
        reader.RejectUnknownFields(Fields, "a Fail state");
        return new FailState(name, FailField.Read(reader, "Error", "ErrorPath"), FailField.Read(reader, "Cause", "CausePath"));
    }

    public override ValueTask<StateOutcome> ExecuteAsync(JsonNode? input, StateContext context, CancellationToken cancellationToken)
    {
        var failure = new StatesError(error.Evaluate(input, context), cause.Evaluate(input, context));
        return ValueTask.FromResult(StateOutcome.Failed(failure));
    }
}
