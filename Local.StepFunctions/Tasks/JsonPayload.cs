using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Tasks;

/// <summary>
/// JSON text for task calls. Payloads are written into a per-thread buffer that is lent out for the
/// duration of one call, so a steady stream of invocations allocates no payload arrays.
/// </summary>
internal sealed class JsonPayload : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static JsonPayload? t_cached;

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _writer;

    private JsonPayload()
    {
        _writer = new Utf8JsonWriter(_buffer, WriterOptions);
    }

    public ReadOnlyMemory<byte> Bytes => _buffer.WrittenMemory;

    public int Length => _buffer.WrittenCount;

    /// <summary>Writes the node; dispose the result once the bytes are no longer read.</summary>
    public static JsonPayload Write(JsonNode? node)
    {
        var payload = t_cached ?? new JsonPayload();
        t_cached = null;
        payload._buffer.ResetWrittenCount();
        payload._writer.Reset(payload._buffer);
        if (node is null)
        {
            payload._writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(payload._writer);
        }

        payload._writer.Flush();
        return payload;
    }

    /// <summary>Compact JSON text, without escaping non-ASCII characters (as AWS writes it).</summary>
    public static string ToText(JsonNode? node)
    {
        using var payload = Write(node);
        return System.Text.Encoding.UTF8.GetString(payload.Bytes.Span);
    }

    public void Dispose()
    {
        // Very large buffers are dropped rather than kept alive by the thread.
        if (_buffer.Capacity <= 64 * 1024)
        {
            t_cached = this;
        }
    }
}
