using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;

namespace OrderEvents.Local.StepFunctions.DataFlow;

/// <summary>
/// The input and output processing of one state, in spec order: InputPath, Parameters, (the work),
/// ResultSelector, ResultPath (over the raw input), OutputPath.
/// </summary>
internal sealed class StateIO(
    PathField inputPath,
    TemplateField? parameters,
    TemplateField? resultSelector,
    ResultPathField resultPath,
    PathField outputPath)
{
    public PathField InputPath { get; } = inputPath;

    public TemplateField? Parameters { get; } = parameters;

    public TemplateField? ResultSelector { get; } = resultSelector;

    public ResultPathField ResultPath { get; } = resultPath;

    public PathField OutputPath { get; } = outputPath;

    /// <summary>Reads the fields a state type allows; the others stay at their defaults.</summary>
    public static StateIO Read(FieldReader reader, bool parameters, bool resultSelector, bool resultPath) =>
        new(
            PathField.Read(reader, "InputPath"),
            parameters ? TemplateField.Read(reader, "Parameters") : null,
            resultSelector ? TemplateField.Read(reader, "ResultSelector") : null,
            resultPath ? ResultPathField.Read(reader, "ResultPath") : ResultPathField.Replace,
            PathField.Read(reader, "OutputPath"));

    /// <summary>InputPath then Parameters: what the state's work receives.</summary>
    public JsonNode? EffectiveInput(JsonNode? rawInput, in StateContext context)
    {
        var selected = InputPath.Apply(rawInput, context);
        return Parameters is null ? selected : Parameters.Evaluate(selected, context);
    }

    /// <summary>ResultSelector, ResultPath and OutputPath: the state's output from its raw input and result.</summary>
    public JsonNode? Output(JsonNode? rawInput, JsonNode? result, in StateContext context)
    {
        if (ResultSelector is not null)
        {
            result = ResultSelector.Evaluate(result, context);
        }

        return OutputPath.Apply(ResultPath.Apply(rawInput, result), context);
    }
}
