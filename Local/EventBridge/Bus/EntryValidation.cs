using System.Text.Json;

namespace OrderEvents.Local.EventBridge.Bus;

/// <summary>
/// Per-entry PutEvents checks, in the order AWS applies them. A failing entry gets an error code and
/// message; the other entries of the call are unaffected.
/// </summary>
internal static class EntryValidation
{
    public const string InvalidArgument = "InvalidArgument";
    public const string MalformedDetail = "MalformedDetail";
    public const string ResourceNotFound = "ResourceNotFoundException";

    /// <summary>Returns the failure, or null and the parsed detail object when the entry is valid.</summary>
    public static PutEventsResultEntry? Check(PutEventsRequestEntry entry, EventBus bus, out JsonDocument? detail)
    {
        detail = null;
        var missing = Missing(entry.Source, "Source") ?? Missing(entry.DetailType, "DetailType")
            ?? Missing(entry.Detail, "Detail");
        if (missing is not null)
        {
            return missing;
        }

        var size = EntrySize.Of(entry);
        if (size > EntrySize.Limit)
        {
            return PutEventsResultEntry.Failed(InvalidArgument,
                $"Entry size {size} bytes exceeds the PutEvents limit of {EntrySize.Limit} bytes (256 KB).");
        }

        if (entry.Resources?.Any(string.IsNullOrEmpty) == true)
        {
            return PutEventsResultEntry.Failed(InvalidArgument,
                "Parameter Resources is not valid. Reason: a resource must be a non-empty string.");
        }

        var busName = string.IsNullOrEmpty(entry.EventBusName) ? "default" : entry.EventBusName;
        if (!bus.IsAddressedBy(busName))
        {
            // AWS accepts such an event and silently drops it; locally the mistake is made visible.
            return PutEventsResultEntry.Failed(ResourceNotFound,
                $"Event bus {busName} does not exist (this local bus is {bus.Name}).");
        }

        detail = ParseDetailObject(entry.Detail!);
        return detail is null ? PutEventsResultEntry.Failed(MalformedDetail, "Detail is malformed.") : null;
    }

    private static PutEventsResultEntry? Missing(string? value, string name) =>
        string.IsNullOrEmpty(value)
            ? PutEventsResultEntry.Failed(InvalidArgument,
                $"Parameter {name} is not valid. Reason: {name} is a required argument.")
            : null;

    private static JsonDocument? ParseDetailObject(string detail)
    {
        try
        {
            var document = JsonDocument.Parse(detail);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
