using System.Text.Encodings.Web;
using System.Text.Json;

namespace OrderEvents.Local.Cli.Output;

/// <summary>
/// JSON as people read it in a terminal: quotes, accents and symbols stay as they are instead of
/// <c>\u0022</c> escapes (the output is never embedded in HTML).
/// </summary>
public static class JsonFormats
{
    // As deep as the command line reads its JSON input (JsonInput), so any input it accepts can be written back.
    private const int MaxDepth = 256;

    public static JsonSerializerOptions Compact { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = MaxDepth };

    public static JsonSerializerOptions Indented { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true, MaxDepth = MaxDepth };
}
