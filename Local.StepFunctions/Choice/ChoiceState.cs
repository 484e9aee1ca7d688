using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;

namespace OrderEvents.Local.StepFunctions.Choice;

/// <summary>
/// Goes to the Next of the first rule that holds, else to Default; with neither, fails with
/// States.NoChoiceMatched. Its output is its input after InputPath and OutputPath.
/// </summary>
internal sealed class ChoiceState(string name, StateIO io, ChoiceCondition[] conditions, string[] targets, string? defaultState)
    : State(name, next: null)
{
    private static readonly HashSet<string> Fields = StateParser.Fields("Choices", "Default", "InputPath", "OutputPath");

    public override IEnumerable<Transition> Transitions
    {
        get
        {
            for (var i = 0; i < targets.Length; i++)
            {
                yield return new Transition($"Choices[{i}].Next", targets[i]);
            }

            if (defaultState is not null)
            {
                yield return new Transition("Default", defaultState);
            }
        }
    }

    public static ChoiceState Parse(string name, FieldReader reader)
    {
        reader.RejectUnknownFields(Fields, "a Choice state");
        var choices = reader.RequiredNonEmptyArray("Choices");
        var conditions = new ChoiceCondition[choices.Count];
        var targets = new string[choices.Count];
        for (var i = 0; i < choices.Count; i++)
        {
            var location = $"{reader.Location} Choices[{i}]";
            var json = choices[i] as JsonObject ?? throw new InvalidDefinitionException($"{location}: a choice rule must be an object");
            var rule = new FieldReader(json, location);
            targets[i] = rule.OptionalString("Next") ?? throw rule.Error("field 'Next' is required in a top-level choice rule");
            conditions[i] = ChoiceRuleParser.Parse(rule, topLevel: true);
        }

        var io = StateIO.Read(reader, parameters: false, resultSelector: false, resultPath: false);
        return new ChoiceState(name, io, conditions, targets, reader.OptionalString("Default"));
    }

    public override ValueTask<StateOutcome> ExecuteAsync(JsonNode? input, StateContext context, CancellationToken cancellationToken)
    {
        var selected = io.InputPath.Apply(input, context);
        var next = defaultState;
        for (var i = 0; i < conditions.Length; i++)
        {
            if (conditions[i].Evaluate(selected, context))
            {
                next = targets[i];
                break;
            }
        }

        if (next is null)
        {
            return ValueTask.FromResult(StateOutcome.Failed(new StatesError(StatesError.NoChoiceMatched,
                "No Matches!")));
        }

        var output = io.OutputPath.Apply(selected, context);
        return ValueTask.FromResult(StateOutcome.Continue(output, next, sizeChecked: ReferenceEquals(output, input)));
    }
}
