using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.DataFlow;

/// <summary>
/// The 256 KB (262,144 bytes, UTF-8) quota on state input and output. Measuring serializes into a counting
/// sink that keeps no bytes, so it costs no allocation.
/// </summary>
internal static class PayloadLimit
{
    public const int MaxBytes = 262_144;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static CountingSink? t_sink;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static bool Exceeds(JsonNode? node) => Measure(node) > MaxBytes;

    public static bool Exceeds(int byteCount) => byteCount > MaxBytes;

    /// <summary>The UTF-8 length of the node's JSON text.</summary>
    public static long Measure(JsonNode? node)
    {
        if (node is null)
        {
            return 4;
        }

        var sink = t_sink ??= new CountingSink();
        sink.Count = 0;
        var writer = t_writer ??= new Utf8JsonWriter(sink, WriterOptions);
        writer.Reset(sink);
        node.WriteTo(writer);
        writer.Flush();
        return sink.Count;
    }

    public static StatesError StateOutputError(string stateName) => new(
        StatesError.DataLimitExceeded,
        $"The state/task '{stateName}' returned a result with a size exceeding the maximum number of bytes service limit.");

    public static StatesError StateInputError(string stateName) => new(
        StatesError.DataLimitExceeded,
        $"The state/task '{stateName}' has an input with a size exceeding the maximum number of bytes service limit.");

    private sealed class CountingSink : IBufferWriter<byte>
    {
        private readonly byte[] _scratch = new byte[16 * 1024];

        public long Count { get; set; }

        public void Advance(int count) => Count += count;

        public Memory<byte> GetMemory(int sizeHint = 0) => sizeHint <= _scratch.Length ? _scratch : new byte[sizeHint];

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
    }
}
