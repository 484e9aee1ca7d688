using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics;

namespace OrderEvents.Local.StepFunctions.Payload.Nodes;

/// <summary>What one template evaluation sees.</summary>
internal readonly record struct TemplateScope(JsonNode? Input, JsonNode? Context, IntrinsicEnvironment Environment);

/// <summary>A compiled part of a payload template; evaluation always yields new nodes.</summary>
internal abstract class TemplateNode
{
    public abstract JsonNode? Evaluate(in TemplateScope scope);
}

/// <summary>A value written as-is (no <c>".$"</c> field anywhere inside it).</summary>
internal sealed class StaticNode(JsonNode? value) : TemplateNode
{
    public override JsonNode? Evaluate(in TemplateScope scope) => value?.DeepClone();
}

/// <summary>One output field of an object template.</summary>
internal readonly record struct TemplateField(string Name, TemplateNode Value);

internal sealed class ObjectNode(TemplateField[] fields) : TemplateNode
{
    public override JsonNode? Evaluate(in TemplateScope scope)
    {
        var result = new JsonObject();
        foreach (var field in fields)
        {
            result.Add(field.Name, field.Value.Evaluate(scope));
        }

        return result;
    }
}

internal sealed class ArrayNode(TemplateNode[] items) : TemplateNode
{
    public override JsonNode? Evaluate(in TemplateScope scope)
    {
        var result = new JsonArray();
        foreach (var item in items)
        {
            result.Add(item.Evaluate(scope));
        }

        return result;
    }
}
