using System.Text.Json;

namespace OrderEvents.Local.EventBridge.Patterns;

/// <summary>The behaviour of <c>aws events test-event-pattern</c>.</summary>
public static class EventPatternTest
{
    /// <summary>The fields TestEventPattern requires the event to carry.</summary>
    public static readonly IReadOnlyList<string> MandatoryFields =
        ["id", "account", "source", "time", "region", "resources", "detail-type"];

    /// <summary>
    /// Whether the event matches the pattern. Throws <see cref="InvalidEventPatternException"/> for a
    /// bad pattern and <see cref="InvalidTestEventException"/> for an event that is not JSON, not an
    /// object, or lacks one of <see cref="MandatoryFields"/>.
    /// </summary>
    public static bool TestEventPattern(string patternJson, string eventJson)
    {
        ArgumentNullException.ThrowIfNull(eventJson);
        var pattern = EventPattern.Parse(patternJson);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(eventJson);
        }
        catch (JsonException ex)
        {
            throw new InvalidTestEventException($"the event is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidTestEventException("the event must be a JSON object.");
            }

            var missing = MandatoryFields.Where(f => !root.TryGetProperty(f, out _)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidTestEventException(
                    $"the event lacks the mandatory field(s) {string.Join(", ", missing)} " +
                    $"(required: {string.Join(", ", MandatoryFields)}).");
            }

            return pattern.Matches(root);
        }
    }
}
