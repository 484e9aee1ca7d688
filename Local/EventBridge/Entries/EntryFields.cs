using System.Globalization;
using System.Text.Json;
using OrderEvents.Local.EventBridge.Bus;

namespace OrderEvents.Local.EventBridge.Entries;

/// <summary>Reads and type-checks the fields of one entry of an entries file.</summary>
internal static class EntryFields
{
    private static readonly string[] Known =
        ["Time", "Source", "Resources", "DetailType", "Detail", "EventBusName", "TraceHeader"];

    public static PutEventsRequestEntry Read(JsonElement element, int index)
    {
        var label = $"Entries[{index}]";
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new EntriesFileException($"Invalid type for parameter {label}: expected an object, got {Describe(element)}.");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!Known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new EntriesFileException(
                    $"Unknown parameter in {label}: \"{property.Name}\", must be one of: {string.Join(", ", Known)}.");
            }
        }

        return new PutEventsRequestEntry(
            String(element, label, "Source"),
            String(element, label, "DetailType"),
            String(element, label, "Detail", " (the detail object serialized as a JSON string)"),
            String(element, label, "EventBusName"),
            Resources(element, label),
            Time(element, label));
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string? String(JsonElement entry, string label, string name, string hint = "")
    {
        if (!entry.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new EntriesFileException(
                $"Invalid type for parameter {label}.{name}: expected a string{hint}, got {Describe(value)}.");
    }

    private static List<string>? Resources(JsonElement entry, string label)
    {
        if (!entry.TryGetProperty("Resources", out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new EntriesFileException(
                $"Invalid type for parameter {label}.Resources: expected an array of strings, got {Describe(value)}.");
        }

        var resources = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            resources.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw new EntriesFileException(
                    $"Invalid type for parameter {label}.Resources[{resources.Count}]: expected a string, got {Describe(item)}."));
        }

        return resources;
    }

    // The AWS CLI takes a timestamp as ISO 8601 text or as epoch seconds.
    private static DateTimeOffset? Time(JsonElement entry, string label)
    {
        if (!entry.TryGetProperty("Time", out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds)
            && seconds is >= 0 and < 253402300800)
        {
            return DateTimeOffset.UnixEpoch.AddSeconds(seconds);
        }

        if (value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(),
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        throw new EntriesFileException(
            $"Invalid value for parameter {label}.Time: expected an ISO 8601 timestamp or epoch seconds, got {value.GetRawText()}.");
    }
}
