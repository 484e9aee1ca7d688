using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics;
using OrderEvents.Local.StepFunctions.Paths;
using OrderEvents.Local.StepFunctions.Payload.Nodes;

namespace OrderEvents.Local.StepFunctions.Payload;

/// <summary>
/// Turns a template into evaluation nodes. Subtrees without any <c>".$"</c> field become one static node that
/// is copied whole, so only the dynamic parts cost work at evaluation time.
/// </summary>
internal static class TemplateCompiler
{
    private const string DynamicSuffix = ".$";

    public static TemplateNode Compile(JsonNode? node, string location) => node switch
    {
        JsonObject obj => CompileObject(obj, location),
        JsonArray array => CompileArray(array, location),
        _ => new StaticNode(node?.DeepClone()),
    };

    private static TemplateNode CompileObject(JsonObject obj, string location)
    {
        var fields = new List<TemplateField>(obj.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var isStatic = true;
        foreach (var (key, value) in obj)
        {
            var fieldLocation = $"{location}.{key}";
            TemplateNode compiled;
            string name;
            if (key.EndsWith(DynamicSuffix, StringComparison.Ordinal))
            {
                name = key[..^DynamicSuffix.Length];
                compiled = CompileDynamic(key, value, fieldLocation);
                isStatic = false;
            }
            else
            {
                name = key;
                compiled = Compile(value, fieldLocation);
                isStatic &= compiled is StaticNode;
            }

            if (!names.Add(name))
            {
                throw InvalidPathException.InTemplate(key,
                    $"The template field '{fieldLocation}' writes the output field '{name}', which another field of the same object already writes");
            }

            fields.Add(new TemplateField(name, compiled));
        }

        return isStatic ? new StaticNode(obj.DeepClone()) : new ObjectNode([.. fields]);
    }

    private static TemplateNode CompileArray(JsonArray array, string location)
    {
        var items = new TemplateNode[array.Count];
        var isStatic = true;
        for (var i = 0; i < array.Count; i++)
        {
            items[i] = Compile(array[i], $"{location}[{i}]");
            isStatic &= items[i] is StaticNode;
        }

        return isStatic ? new StaticNode(array.DeepClone()) : new ArrayNode(items);
    }

    private static TemplateNode CompileDynamic(string key, JsonNode? value, string location)
    {
        if (!JsonScalar.TryGetString(value, out var expression))
        {
            throw InvalidPathException.InTemplate(JsonText.Compact(value),
                $"The value of the template field '{location}' must be a string holding a path, a context path or an intrinsic function call");
        }

        try
        {
            return IntrinsicFunction.LooksLikeCall(expression)
                ? new IntrinsicNode(key, IntrinsicFunction.Parse(expression))
                : new PathNode(key, JsonPath.Parse(expression));
        }
        catch (InvalidPathException ex)
        {
            throw ex.ForField(location);
        }
    }
}
