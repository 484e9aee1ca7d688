using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OrderEvents.Handlers.Logging;

/// <summary>
/// Writes JSON log lines <c>{"level","timestamp","message","function","requestId","fields"}</c> to an
/// <see cref="ILogSink"/>. Timestamps come from the injected <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>Never pass a raw customer e-mail address; mask it with <see cref="EmailMask"/>.</remarks>
public sealed class StructuredLog(ILogSink sink, TimeProvider time, string function)
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Log lines are read by people and CloudWatch, not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public string Function => function;

    public bool IsEnabled => sink.IsEnabled;

    public void Write(LogLevel level, string message, string? requestId, params ReadOnlySpan<LogField> fields)
    {
        if (!sink.IsEnabled)
        {
            return;
        }

        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);

        writer.WriteStartObject();
        writer.WriteString("level"u8, LevelName(level));
        writer.WriteString("timestamp"u8, time.GetUtcNow().UtcDateTime);
        writer.WriteString("message"u8, message);
        writer.WriteString("function"u8, function);
        writer.WriteString("requestId"u8, requestId);
        writer.WriteStartObject("fields"u8);
        foreach (var field in fields)
        {
            WriteField(writer, field);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
        sink.WriteLine(buffer.WrittenSpan);
    }

    private static void WriteField(Utf8JsonWriter writer, in LogField field)
    {
        if (field.Texts is { } texts)
        {
            writer.WriteStartArray(field.Name);
            foreach (var text in texts)
            {
                writer.WriteStringValue(text);
            }

            writer.WriteEndArray();
        }
        else if (field.Flag is { } flag)
        {
            writer.WriteBoolean(field.Name, flag);
        }
        else if (field.Number is { } number)
        {
            writer.WriteNumber(field.Name, number);
        }
        else
        {
            writer.WriteString(field.Name, field.Text);
        }
    }

    private static ReadOnlySpan<byte> LevelName(LogLevel level) => level switch
    {
        LogLevel.Warn => "WARN"u8,
        LogLevel.Error => "ERROR"u8,
        _ => "INFO"u8,
    };
}
