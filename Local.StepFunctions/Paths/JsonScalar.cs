using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Paths;

/// <summary>
/// Reads scalar values from nodes whatever backs them (parsed JSON or CLR values), so comparisons and
/// intrinsic functions see <c>1</c> from a document and <c>1</c> built in code the same way.
/// </summary>
internal static class JsonScalar
{
    public static bool TryGetDouble(JsonNode? node, out double value)
    {
        value = 0;
        if (node is not JsonValue jsonValue || jsonValue.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        if (jsonValue.TryGetValue(out value))
        {
            return true;
        }

        return double.TryParse(jsonValue.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryGetString(JsonNode? node, out string value)
    {
        if (node is JsonValue jsonValue && jsonValue.GetValueKind() == JsonValueKind.String)
        {
            value = jsonValue.GetValue<string>();
            return true;
        }

        value = string.Empty;
        return false;
    }

    public static bool TryGetBoolean(JsonNode? node, out bool value)
    {
        value = false;
        if (node is not JsonValue jsonValue)
        {
            return false;
        }

        var kind = jsonValue.GetValueKind();
        if (kind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return false;
        }

        value = kind == JsonValueKind.True;
        return true;
    }

    /// <summary>The JSON type name used in error messages.</summary>
    public static string TypeName(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        },
    };
}
