using System.Text.Encodings.Web;
using System.Text.Json;
using OrderEvents.Local.StepFunctions;

namespace OrderEvents.Local.Cli.Output;

/// <summary>
/// JSON as people read it in a terminal: quotes, accents and symbols stay as they are instead of
/// <c>\u0022</c> escapes (the output is never embedded in HTML).
/// </summary>
public static class JsonFormats
{
    // As deep as an execution input may nest, so any input the command line accepts can be written back.
    private const int MaxDepth = StateMachine.MaxInputDepth;

    public static JsonSerializerOptions Compact { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = MaxDepth };

    public static JsonSerializerOptions Indented { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true, MaxDepth = MaxDepth };
}
