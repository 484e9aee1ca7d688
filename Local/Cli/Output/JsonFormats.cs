using System.Text.Encodings.Web;
using System.Text.Json;

namespace OrderEvents.Local.Cli.Output;

/// <summary>
/// JSON as people read it in a terminal: quotes, accents and symbols stay as they are instead of
/// <c>\u0022</c> escapes (the output is never embedded in HTML).
/// </summary>
public static class JsonFormats
{
    public static JsonSerializerOptions Compact { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonSerializerOptions Indented { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };
}
