using System.Text.Json;
using Amazon.CDK.AWS.Events;

namespace OrderEvents.Cdk.Events;

/// <summary>
/// Reads an EventBridge pattern file into a CDK <see cref="EventPattern"/>, so the deployed rule and the
/// local runtime match events against the same file. Envelope fields take exact string values; the
/// <c>detail</c> object is passed through as written, operators included.
/// </summary>
public static class EventPatternFile
{
    public static EventPattern Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{path}: an event pattern must be a JSON object.");
        }

        var pattern = new EventPattern();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in document.RootElement.EnumerateObject())
        {
            if (!seen.Add(field.Name))
            {
                throw new InvalidDataException($"{path}: field '{field.Name}' appears twice; merge its values into one array.");
            }

            switch (field.Name)
            {
                case "source": pattern.Source = Strings(path, field); break;
                case "detail-type": pattern.DetailType = Strings(path, field); break;
                case "account": pattern.Account = Strings(path, field); break;
                case "region": pattern.Region = Strings(path, field); break;
                case "resources": pattern.Resources = Strings(path, field); break;
                case "id": pattern.Id = Strings(path, field); break;
                case "version": pattern.Version = Strings(path, field); break;
                case "detail":
                    pattern.Detail = field.Value.ValueKind == JsonValueKind.Object
                        ? (IDictionary<string, object>)ToPlain(field.Value)
                        : throw new InvalidDataException($"{path}: 'detail' must be an object.");
                    break;
                default:
                    throw new InvalidDataException($"{path}: unsupported pattern field '{field.Name}'.");
            }
        }

        return pattern;
    }

    private static string[] Strings(string path, JsonProperty field)
    {
        if (field.Value.ValueKind != JsonValueKind.Array || field.Value.GetArrayLength() == 0
            || field.Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            throw new InvalidDataException($"{path}: '{field.Name}' must be a non-empty array of exact string values.");
        }

        return [.. field.Value.EnumerateArray().Select(v => v.GetString()!)];
    }

    private static object ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToArray(),
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new InvalidDataException("null is not supported inside a pattern file's detail."),
    };
}
