using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Paths;

/// <summary>
/// JSON value equality as Step Functions applies it: numbers by value (<c>1 == 1.0</c>), objects regardless
/// of field order, arrays element by element.
/// </summary>
internal static class JsonEquality
{
    public static bool AreEqual(JsonNode? a, JsonNode? b)
    {
        if (JsonScalar.TryGetDouble(a, out var x) && JsonScalar.TryGetDouble(b, out var y))
        {
            return x == y;
        }

        switch (a, b)
        {
            case (JsonObject left, JsonObject right):
                if (left.Count != right.Count)
                {
                    return false;
                }

                foreach (var property in left)
                {
                    if (!right.TryGetPropertyValue(property.Key, out var other) || !AreEqual(property.Value, other))
                    {
                        return false;
                    }
                }

                return true;
            case (JsonArray left, JsonArray right):
                if (left.Count != right.Count)
                {
                    return false;
                }

                for (var i = 0; i < left.Count; i++)
                {
                    if (!AreEqual(left[i], right[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return JsonNode.DeepEquals(a, b);
        }
    }

    /// <summary>A string equal for exactly the values <see cref="AreEqual"/> considers equal (for hashing).</summary>
    public static string CanonicalKey(JsonNode? node)
    {
        var builder = new StringBuilder();
        AppendCanonical(builder, node);
        return builder.ToString();
    }

    private static void AppendCanonical(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                builder.Append('{');
                foreach (var property in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    builder.Append(JsonValue.Create(property.Key).ToJsonString()).Append(':');
                    AppendCanonical(builder, property.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                foreach (var element in array)
                {
                    AppendCanonical(builder, element);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            default:
                if (JsonScalar.TryGetDouble(node, out var number))
                {
                    // -0 equals 0, so both get the same key.
                    builder.Append((number == 0 ? 0d : number).ToString("R", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(node?.ToJsonString() ?? "null");
                }

                break;
        }
    }
}
