using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Catch;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Retry;

namespace OrderEvents.Local.StepFunctions.Parallel;

/// <summary>
/// Runs every branch on the same effective input, concurrently; the result is the array of branch outputs in
/// branch order. The first branch to fail stops the others, and its error becomes the state's error.
/// </summary>
internal sealed class ParallelState(string name, string? next, StateIO io, RetryPolicy retry, CatchPolicy catchers, StateGraph[] branches)
    : RecoverableState(name, next, io, retry, catchers)
{
    private static readonly HashSet<string> Fields = StateParser.Fields(
        "Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector", "Retry", "Catch", "Branches");

    private static readonly HashSet<string> BranchFields = ["StartAt", "States", "Comment"];

    public static ParallelState Parse(string name, FieldReader reader, string where)
    {
        reader.RejectUnknownFields(Fields, "a Parallel state");
        var array = reader.RequiredNonEmptyArray("Branches");
        var branches = new StateGraph[array.Count];
        for (var i = 0; i < array.Count; i++)
        {
            var location = $"{reader.Location} Branches[{i}]";
            var json = array[i] as JsonObject ?? throw new InvalidDefinitionException($"{location}: a branch must be an object");
            var branch = new FieldReader(json, location);
            branch.RejectUnknownFields(BranchFields, "a branch");
            branches[i] = GraphParser.Parse(branch, $" (Parallel '{name}' branch {i}){where}");
        }

        return new ParallelState(
            name,
            StateParser.ReadNext(reader),
            StateIO.Read(reader, parameters: true, resultSelector: true, resultPath: true),
            RetryPolicy.Read(reader),
            CatchPolicy.Read(reader),
            branches);
    }

    protected override async ValueTask<StepResult> AttemptAsync(JsonNode? rawInput, StateContext context, CancellationToken cancellationToken)
    {
        var input = IO.EffectiveInput(rawInput, context);
        var scope = context.Scope;
        var run = await FanOut.RunAsync(branches.Length, 0, stopAtFirstFailure: true,
            (index, token) => RunBranchAsync(index, input, scope, token), cancellationToken);
        if (run.FailedIndex >= 0)
        {
            return run.Results[run.FailedIndex];
        }

        var outputs = new JsonArray();
        foreach (var result in run.Results)
        {
            var output = result.Output;
            outputs.Add(ReferenceEquals(output, input) ? output?.DeepClone() : JsonNodes.Adoptable(output));
        }

        return StepResult.Success(IO.Output(rawInput, outputs, context));
    }

    private async ValueTask<StepResult> RunBranchAsync(int index, JsonNode? input, ExecutionScope scope, CancellationToken cancellationToken)
    {
        if (!scope.IsTracing)
        {
            return await branches[index].RunAsync(input, scope, cancellationToken);
        }

        var started = scope.Time.GetTimestamp();
        scope.Emit(TraceEventType.ParallelBranchStarted, Name, input, index: index);
        var result = await branches[index].RunAsync(input, scope, cancellationToken);
        var elapsed = scope.Time.GetElapsedTime(started);
        scope.Emit(result.IsSuccess ? TraceEventType.ParallelBranchSucceeded : TraceEventType.ParallelBranchFailed,
            Name, result.Output, result.Error, elapsed, index);
        return result;
    }
}
