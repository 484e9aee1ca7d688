using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;

namespace OrderEvents.Local.StepFunctions.Map;

/// <summary>Reads a Map state's ItemProcessor (or legacy Iterator); only the INLINE mode runs locally.</summary>
internal static class ItemProcessorParser
{
    private static readonly HashSet<string> ProcessorFields = ["StartAt", "States", "Comment", "ProcessorConfig"];
    private static readonly HashSet<string> ConfigFields = ["Mode", "ExecutionType"];

    public static StateGraph Parse(FieldReader map, string mapName, string where)
    {
        if (map.Has("ItemProcessor") && map.Has("Iterator"))
        {
            throw map.Error("fields 'ItemProcessor' and 'Iterator' cannot both be set");
        }

        var field = map.Has("Iterator") ? "Iterator" : "ItemProcessor";
        var json = map.OptionalObject(field) ?? throw map.Error("field 'ItemProcessor' is required");
        var processor = new FieldReader(json, $"{map.Location} {field}");
        processor.RejectUnknownFields(ProcessorFields, $"a Map {field}");
        if (processor.OptionalObject("ProcessorConfig") is { } configJson)
        {
            var config = new FieldReader(configJson, $"{processor.Location}.ProcessorConfig");
            config.RejectUnknownFields(ConfigFields, "a ProcessorConfig");
            var mode = config.OptionalString("Mode") ?? "INLINE";
            if (mode != "INLINE")
            {
                throw config.Error($"field 'Mode' is '{mode}'; the local runtime runs INLINE Map states only");
            }
        }

        return GraphParser.Parse(processor, $" (Map '{mapName}' {field}){where}");
    }
}
