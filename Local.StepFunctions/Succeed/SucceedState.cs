using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;

namespace OrderEvents.Local.StepFunctions.Succeed;

/// <summary>Ends its graph successfully with InputPath and OutputPath applied.</summary>
internal sealed class SucceedState(string name, StateIO io) : State(name, next: null)
{
    private static readonly HashSet<string> Fields = StateParser.Fields("InputPath", "OutputPath");

    public static SucceedState Parse(string name, FieldReader reader)
    {
        reader.RejectUnknownFields(Fields, "a Succeed state");
        return new SucceedState(name, StateIO.Read(reader, parameters: false, resultSelector: false, resultPath: false));
    }

    public override ValueTask<StateOutcome> ExecuteAsync(JsonNode? input, StateContext context, CancellationToken cancellationToken)
    {
        var selected = io.InputPath.Apply(input, context);
        var output = io.OutputPath.Apply(selected, context);
        return ValueTask.FromResult(StateOutcome.Continue(output, next: null, sizeChecked: ReferenceEquals(output, input)));
    }
}
