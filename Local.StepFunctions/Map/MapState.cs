using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Catch;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Paths;
using OrderEvents.Local.StepFunctions.Retry;

namespace OrderEvents.Local.StepFunctions.Map;

/// <summary>
/// An inline Map: ItemsPath selects an array from the effective input, ItemSelector (legacy: Parameters)
/// shapes each item with <c>$$.Map.Item.Index/Value</c>, the item processor runs per item, at most
/// MaxConcurrency at once, and the results keep the items' order.
/// </summary>
internal sealed class MapState(
    string name,
    string? next,
    StateIO io,
    RetryPolicy retry,
    CatchPolicy catchers,
    MapSettings settings,
    StateGraph processor)
    : RecoverableState(name, next, io, retry, catchers)
{
    private static readonly HashSet<string> Fields = StateParser.Fields(
        "Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "ItemSelector", "ResultSelector", "Retry", "Catch",
        "ItemsPath", "MaxConcurrency", "Iterator", "ItemProcessor", "ToleratedFailureCount", "ToleratedFailurePercentage", "Label");

    private static readonly string[] DistributedOnly = ["ItemReader", "ItemBatcher", "ResultWriter"];

    public static MapState Parse(string name, FieldReader reader, string where)
    {
        foreach (var field in DistributedOnly)
        {
            if (reader.Has(field))
            {
                throw reader.Error($"field '{field}' belongs to Distributed Map, which the local runtime does not run");
            }
        }

        reader.RejectUnknownFields(Fields, "a Map state");
        if (reader.Has("ItemSelector") && reader.Has("Parameters"))
        {
            throw reader.Error("fields 'ItemSelector' and 'Parameters' cannot both be set");
        }

        var settings = new MapSettings(
            reader.OptionalString("ItemsPath") is { } items ? reader.ParseExpression("ItemsPath", () => DataPath.Parse(items)) : null,
            TemplateField.Read(reader, reader.Has("Parameters") ? "Parameters" : "ItemSelector"),
            reader.OptionalInteger("MaxConcurrency", 0) ?? 0,
            FailureTolerance.Read(reader));

        return new MapState(
            name,
            StateParser.ReadNext(reader),
            StateIO.Read(reader, parameters: false, resultSelector: true, resultPath: true),
            RetryPolicy.Read(reader),
            CatchPolicy.Read(reader),
            settings,
            ItemProcessorParser.Parse(reader, name, where));
    }

    protected override async ValueTask<StepResult> AttemptAsync(JsonNode? rawInput, StateContext context, CancellationToken cancellationToken)
    {
        var input = IO.InputPath.Apply(rawInput, context);
        var selected = settings.ItemsPath is null ? input : settings.ItemsPath.Select(input, context);
        if (selected is not JsonArray items)
        {
            return StepResult.Failure(StatesError.Runtime, DataPath.RuntimeCause(Name,
                $"The ItemsPath '{settings.ItemsPath?.Text ?? "$"}' must select an array, but selected {JsonScalar.TypeName(selected)}."));
        }

        var tolerance = settings.Tolerance;
        var run = await FanOut.RunAsync(items.Count, settings.MaxConcurrency, tolerance.IsStrict,
            (index, token) => RunIterationAsync(index, input, items[index], context, token), cancellationToken);
        if (run.FailedIndex >= 0)
        {
            return run.Results[run.FailedIndex];
        }

        var outputs = new JsonArray();
        var failures = 0;
        foreach (var result in run.Results)
        {
            if (result.Error is { } error)
            {
                failures++;
                outputs.Add((JsonNode)CatchPolicy.ErrorOutput(error));
                continue;
            }

            outputs.Add(JsonNodes.Adoptable(result.Output));
        }

        if (tolerance.IsExceeded(failures, items.Count))
        {
            return StepResult.Failure(StatesError.ExceedToleratedFailureThreshold,
                $"The Map state '{Name}' had {failures} failed iterations of {items.Count}, more than it tolerates.");
        }

        return StepResult.Success(IO.Output(rawInput, outputs, context));
    }

    private async ValueTask<StepResult> RunIterationAsync(int index, JsonNode? mapInput, JsonNode? item, StateContext context, CancellationToken cancellationToken)
    {
        var scope = context.Scope;
        JsonNode? iterationInput;
        try
        {
            iterationInput = settings.ItemSelector is null
                ? item
                : settings.ItemSelector.Evaluate(mapInput, context with { MapItem = new MapItemContext(index, item) });
        }
        catch (StatesRuntimeException e)
        {
            return StepResult.Failure(e.ToStatesError());
        }

        if (!scope.IsTracing)
        {
            return await processor.RunAsync(iterationInput, scope, cancellationToken);
        }

        var started = scope.Time.GetTimestamp();
        scope.Emit(TraceEventType.MapIterationStarted, Name, iterationInput, index: index);
        var result = await processor.RunAsync(iterationInput, scope, cancellationToken);
        scope.Emit(result.IsSuccess ? TraceEventType.MapIterationSucceeded : TraceEventType.MapIterationFailed,
            Name, result.Output, result.Error, scope.Time.GetElapsedTime(started), index);
        return result;
    }
}
