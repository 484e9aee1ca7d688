using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;

namespace OrderEvents.Local.StepFunctions.Pass;

/// <summary>Passes its input (or its Result, or its Parameters output) through the data flow.</summary>
internal sealed class PassState(string name, string? next, StateIO io, JsonNode? result) : State(name, next)
{
    private static readonly HashSet<string> Fields =
        StateParser.Fields("Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "Result");

    public static PassState Parse(string name, FieldReader reader)
    {
        reader.RejectUnknownFields(Fields, "a Pass state");
        var io = StateIO.Read(reader, parameters: true, resultSelector: false, resultPath: true);
        return new PassState(name, StateParser.ReadNext(reader), io, reader.Raw("Result")?.DeepClone());
    }

    public override ValueTask<StateOutcome> ExecuteAsync(JsonNode? input, StateContext context, CancellationToken cancellationToken)
    {
        var effective = io.EffectiveInput(input, context);

        // The Result literal belongs to the definition; each execution gets its own copy.
        var output = io.Output(input, result is null ? effective : result.DeepClone(), context);
        return ValueTask.FromResult(StateOutcome.Continue(output, Next));
    }
}
