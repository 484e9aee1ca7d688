using System.Text;
using System.Text.Json;

namespace OrderEvents.Local.EventBridge.Patterns.Compilation;

/// <summary>
/// Token-by-token reading of a pattern, so repeated keys are all seen (a dictionary would keep one)
/// and every rejection can say where in the pattern it happened.
/// </summary>
internal ref struct PatternReader
{
    private readonly ReadOnlySpan<byte> source;
    private Utf8JsonReader json;

    public PatternReader(ReadOnlySpan<byte> source)
    {
        this.source = source;
        json = new Utf8JsonReader(source, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = 64,
        });
    }

    public readonly JsonTokenType Token => json.TokenType;

    /// <summary>The current number's literal text, exactly as written.</summary>
    public readonly ReadOnlySpan<byte> NumberLiteral => json.ValueSpan;

    public JsonTokenType Read()
    {
        if (!json.Read())
        {
            throw Fail("Unexpected end of pattern");
        }

        return json.TokenType;
    }

    /// <summary>The current token as text, for values and for error messages.</summary>
    public readonly string Text() => json.TokenType switch
    {
        JsonTokenType.String or JsonTokenType.PropertyName => json.GetString()!,
        JsonTokenType.Number => Encoding.UTF8.GetString(json.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "{",
        JsonTokenType.EndObject => "}",
        JsonTokenType.StartArray => "[",
        JsonTokenType.EndArray => "]",
        _ => string.Empty,
    };

    public void ExpectEnd()
    {
        if (json.Read())
        {
            throw Fail("Unexpected content after the pattern object");
        }
    }

    public readonly InvalidEventPatternException Fail(string reason)
    {
        var offset = (int)Math.Min(json.TokenStartIndex, source.Length);
        var before = source[..offset];
        var line = before.Count((byte)'\n') + 1;
        var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return new InvalidEventPatternException(reason, line, column);
    }
}
