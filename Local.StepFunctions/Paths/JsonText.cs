using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Paths;

/// <summary>
/// Compact JSON text as Step Functions writes it: only what JSON requires is escaped (<c>"a\"b"</c>, not
/// <c>"a\u0022b"</c>), for States.JsonToString and for the inputs quoted in error causes.
/// </summary>
internal static class JsonText
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Compact(JsonNode? node) => node?.ToJsonString(Options) ?? "null";
}
