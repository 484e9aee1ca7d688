using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OrderEvents.Local.EventBridge.Bus;

/// <summary>Writes the event envelope targets receive, with keys in the order AWS writes them.</summary>
internal static class EnvelopeWriter
{
    public static string Write(
        string id, PutEventsRequestEntry entry, string account, string region, DateTimeOffset time, JsonElement detail)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps non-ASCII text as UTF-8, as EventBridge delivers it.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("version", "0");
            writer.WriteString("id", id);
            writer.WriteString("detail-type", entry.DetailType);
            writer.WriteString("source", entry.Source);
            writer.WriteString("account", account);
            writer.WriteString("time", FormatTime(time));
            writer.WriteString("region", region);
            writer.WriteStartArray("resources");
            foreach (var resource in entry.Resources ?? [])
            {
                writer.WriteStringValue(resource);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("detail");
            detail.WriteTo(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>UTC to the second, e.g. <c>2022-07-13T13:48:01Z</c>.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
