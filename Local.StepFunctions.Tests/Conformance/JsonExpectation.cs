using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OrderEvents.Local.StepFunctions.Tests.Conformance;

/// <summary>
/// Compares an actual JSON value with an expected one. Expected strings may be placeholders for values that
/// vary by run: <c>"&lt;uuid&gt;"</c>, <c>"&lt;http-date&gt;"</c>, <c>"&lt;any&gt;"</c>, <c>"&lt;starts-with:text&gt;"</c>.
/// </summary>
internal static partial class JsonExpectation
{
    /// <returns>Null when they match, else the path of the first difference and why.</returns>
    public static string? FindMismatch(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected)
        {
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    return $"{path}: expected an object, got {Describe(actual)}";
                }

                foreach (var (key, value) in expectedObject)
                {
                    if (!actualObject.ContainsKey(key))
                    {
                        return $"{path}.{key}: missing";
                    }

                    if (FindMismatch(value, actualObject[key], $"{path}.{key}") is { } inner)
                    {
                        return inner;
                    }
                }

                foreach (var (key, _) in actualObject)
                {
                    if (!expectedObject.ContainsKey(key))
                    {
                        return $"{path}.{key}: unexpected field in {Describe(actual)}";
                    }
                }

                return null;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray || actualArray.Count != expectedArray.Count)
                {
                    return $"{path}: expected {Describe(expected)}, got {Describe(actual)}";
                }

                for (var i = 0; i < expectedArray.Count; i++)
                {
                    if (FindMismatch(expectedArray[i], actualArray[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String && IsPlaceholder(value.GetValue<string>(), actual, out var matched):
                return matched ? null : $"{path}: expected {value.GetValue<string>()}, got {Describe(actual)}";
            default:
                return JsonNode.DeepEquals(expected, actual) ? null : $"{path}: expected {Describe(expected)}, got {Describe(actual)}";
        }
    }

    private static bool IsPlaceholder(string text, JsonNode? actual, out bool matched)
    {
        var actualText = actual is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        if (text.StartsWith("<starts-with:", StringComparison.Ordinal) && text.EndsWith('>'))
        {
            matched = actualText is not null && actualText.StartsWith(text["<starts-with:".Length..^1], StringComparison.Ordinal);
            return true;
        }

        switch (text)
        {
            case "<any>":
                matched = true;
                return true;
            case "<uuid>":
                matched = actualText is not null && Guid.TryParseExact(actualText, "D", out _);
                return true;
            case "<http-date>":
                matched = actualText is not null && HttpDate().IsMatch(actualText);
                return true;
            default:
                matched = false;
                return false;
        }
    }

    private static string Describe(JsonNode? node) => node?.ToJsonString() ?? "null";

    [GeneratedRegex(@"^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$")]
    private static partial Regex HttpDate();
}
