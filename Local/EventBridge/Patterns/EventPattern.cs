using System.Text;
using System.Text.Json;
using OrderEvents.Local.EventBridge.Patterns.Compilation;
using OrderEvents.Local.EventBridge.Patterns.Matching;

namespace OrderEvents.Local.EventBridge.Patterns;

/// <summary>
/// A compiled, immutable EventBridge event pattern. <see cref="Parse(string)"/> validates the pattern
/// as EventBridge does and throws <see cref="InvalidEventPatternException"/> with AWS's reason;
/// <see cref="Matches(JsonElement)"/> tests a whole event envelope without allocating (except for
/// string values that contain JSON escapes). Instances are safe to share between threads.
/// </summary>
public sealed class EventPattern
{
    private readonly ObjectMatcher root;

    private EventPattern(string json, ObjectMatcher root)
    {
        Json = json;
        this.root = root;
    }

    /// <summary>The longest pattern PutRule and TestEventPattern accept, in characters.</summary>
    public const int MaxLength = 4096;

    /// <summary>The pattern text this instance was compiled from.</summary>
    public string Json { get; }

    /// <exception cref="EventPatternTooLongException">Longer than <see cref="MaxLength"/> characters.</exception>
    /// <exception cref="InvalidEventPatternException">Not a valid pattern.</exception>
    public static EventPattern Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        CheckLength(json);
        return new EventPattern(json, Compile(Encoding.UTF8.GetBytes(json)));
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static EventPattern Parse(ReadOnlySpan<byte> utf8Json)
    {
        var json = Encoding.UTF8.GetString(utf8Json);
        CheckLength(json);
        return new EventPattern(json, Compile(utf8Json));
    }

    /// <summary>Whether the event (the full envelope: source, detail-type, detail, ...) matches.</summary>
    public bool Matches(JsonElement @event) =>
        @event.ValueKind == JsonValueKind.Object && root.Matches(@event);

    /// <summary>
    /// Parses the UTF-8 event once and matches it (throws <see cref="JsonException"/> when it is not
    /// JSON); when matching many rules against one event, parse once and use the JsonElement overload.
    /// </summary>
    public bool Matches(ReadOnlySpan<byte> utf8Event)
    {
        var reader = new Utf8JsonReader(utf8Event);
        using var document = JsonDocument.ParseValue(ref reader);
        return Matches(document.RootElement);
    }

    public override string ToString() => Json;

    private static void CheckLength(string json)
    {
        if (json.Length > MaxLength)
        {
            throw new EventPatternTooLongException(json.Length);
        }
    }

    private static ObjectMatcher Compile(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new PatternReader(utf8Json);
        try
        {
            return ObjectPatternCompiler.CompileRoot(ref reader);
        }
        catch (JsonException ex)
        {
            throw new InvalidEventPatternException($"Invalid JSON: {ex.Message}", ex);
        }
    }
}
