using System.Text;

namespace OrderEvents.Local.EventBridge.Bus;

/// <summary>
/// PutEvents entry size as AWS computes it: 14 bytes when Time is set, plus the UTF-8 lengths of
/// Source, DetailType, Detail and each Resources entry. EventBusName does not count.
/// </summary>
public static class EntrySize
{
    /// <summary>256 KB, the largest entry PutEvents accepts.</summary>
    public const int Limit = 256 * 1024;

    private const int TimeBytes = 14;

    public static int Of(PutEventsRequestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var size = entry.Time is null ? 0 : TimeBytes;
        size += Utf8Length(entry.Source) + Utf8Length(entry.DetailType) + Utf8Length(entry.Detail);
        foreach (var resource in entry.Resources ?? [])
        {
            size += Utf8Length(resource);
        }

        return size;
    }

    private static int Utf8Length(string? text) => text is null ? 0 : Encoding.UTF8.GetByteCount(text);
}
