using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Payload;

namespace OrderEvents.Local.StepFunctions.DataFlow;

/// <summary>
/// A payload template field (Parameters, ResultSelector, ItemSelector). The context object is built only for
/// templates that read <c>$$</c>.
/// </summary>
internal sealed class TemplateField(PayloadTemplate template, ContextParts readsContext)
{
    public PayloadTemplate Template { get; } = template;

    public static TemplateField? Read(FieldReader reader, string field)
    {
        if (!reader.Has(field))
        {
            return null;
        }

        var source = reader.Raw(field) ?? throw reader.Error($"field '{field}' must not be null");
        var template = reader.ParseExpression(field, () => PayloadTemplate.Parse(source, field));
        return new TemplateField(template, ReadsContext(source));
    }

    /// <exception cref="StatesRuntimeException">A path, intrinsic or value failed while evaluating.</exception>
    public JsonNode? Evaluate(JsonNode? input, in StateContext context) =>
        Template.Evaluate(input, readsContext == ContextParts.None ? null : context.Build(readsContext), context.Scope.Intrinsics);

    private static ContextParts ReadsContext(JsonNode? node)
    {
        var parts = ContextParts.None;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key.EndsWith(".$", StringComparison.Ordinal) && value is JsonValue text && text.TryGetValue<string>(out var expression))
                    {
                        parts |= ContextPartsScanner.Scan(expression);
                    }
                    else
                    {
                        parts |= ReadsContext(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    parts |= ReadsContext(item);
                }

                break;
        }

        return parts;
    }
}
