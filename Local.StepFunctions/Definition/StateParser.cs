using OrderEvents.Local.StepFunctions.Choice;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Fail;
using OrderEvents.Local.StepFunctions.Map;
using OrderEvents.Local.StepFunctions.Parallel;
using OrderEvents.Local.StepFunctions.Pass;
using OrderEvents.Local.StepFunctions.Succeed;
using OrderEvents.Local.StepFunctions.Tasks;
using OrderEvents.Local.StepFunctions.Wait;

namespace OrderEvents.Local.StepFunctions.Definition;

/// <summary>Dispatches a state's JSON to the parser of its Type.</summary>
internal static class StateParser
{
    public static State Parse(string name, FieldReader reader, string where) =>
        reader.RequiredString("Type") switch
        {
            "Task" => TaskState.Parse(name, reader),
            "Pass" => PassState.Parse(name, reader),
            "Choice" => ChoiceState.Parse(name, reader),
            "Wait" => WaitState.Parse(name, reader),
            "Succeed" => SucceedState.Parse(name, reader),
            "Fail" => FailState.Parse(name, reader),
            "Parallel" => ParallelState.Parse(name, reader, where),
            "Map" => MapState.Parse(name, reader, where),
            var type => throw reader.Error(
                $"field 'Type' has the unknown state type '{type}' (expected Task, Pass, Choice, Wait, Succeed, Fail, Parallel or Map)"),
        };

    /// <summary>Next or <c>"End": true</c>, exactly one of them, for states that transition.</summary>
    public static string? ReadNext(FieldReader reader)
    {
        var next = reader.OptionalString("Next");
        var end = reader.OptionalBoolean("End") ?? false;
        if (next is not null && end)
        {
            throw reader.Error("fields 'Next' and 'End' cannot both be set");
        }

        if (next is null && !end)
        {
            throw reader.Error("field 'Next' or 'End': true is required");
        }

        return next;
    }

    /// <summary>The field names every state type allows, plus those given.</summary>
    public static HashSet<string> Fields(params string[] specific) => ["Type", "Comment", .. specific];
}
