using System.Text.Json;
using OrderEvents.Local.EventBridge.Bus;

namespace OrderEvents.Local.EventBridge.Entries;

/// <summary>
/// Reads the <c>--entries</c> argument of <c>aws events put-events</c>: inline JSON or
/// <c>file://path</c>, holding an array of {Source, DetailType, Detail, EventBusName, Resources, Time}.
/// Mistakes are reported like the AWS CLI reports them, naming the entry (0-based) and the field.
/// </summary>
public static class PutEventsEntriesFile
{
    private const string FilePrefix = "file://";

    /// <summary>Reads <c>file://path</c> (relative to <paramref name="baseDirectory"/> or the current directory) or inline JSON.</summary>
    public static IReadOnlyList<PutEventsRequestEntry> Load(string argument, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (!argument.StartsWith(FilePrefix, StringComparison.Ordinal))
        {
            return Parse(argument);
        }

        var path = argument[FilePrefix.Length..];
        var fullPath = Path.GetFullPath(path, baseDirectory ?? Directory.GetCurrentDirectory());
        if (!File.Exists(fullPath))
        {
            throw new EntriesFileException($"Unable to load paramfile {argument}: no such file ({fullPath}).");
        }

        return Parse(File.ReadAllText(fullPath), path);
    }

    /// <summary>Parses the entries JSON; <paramref name="origin"/> names it in error messages.</summary>
    public static IReadOnlyList<PutEventsRequestEntry> Parse(string json, string? origin = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var where = origin is null ? "--entries" : $"--entries ({origin})";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new EntriesFileException($"Error parsing parameter {where}: invalid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                throw new EntriesFileException(
                    $"Error parsing parameter {where}: expected a JSON array of entries, got {EntryFields.Describe(root)}.");
            }

            var entries = new List<PutEventsRequestEntry>();
            foreach (var element in root.EnumerateArray())
            {
                entries.Add(EntryFields.Read(element, entries.Count));
            }

            return entries;
        }
    }
}
