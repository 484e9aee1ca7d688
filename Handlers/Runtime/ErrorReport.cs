using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using OrderEvents.Handlers.Hosting;

namespace OrderEvents.Handlers.Runtime;

/// <summary>
/// The Lambda error document <c>{"errorMessage", "errorType", "stackTrace": []}</c> posted to the Runtime API.
/// Step Functions turns <see cref="ErrorType"/> into the state's <c>Error</c> and the document into its <c>Cause</c>.
/// </summary>
public sealed record ErrorReport(string ErrorType, string ErrorMessage, IReadOnlyList<string> StackTrace)
{
    public const string ContentType = "application/vnd.aws.lambda.error+json";

    public const string DeadlineExceeded = "Runtime.DeadlineExceeded";

    // The document becomes a Step Functions Cause that people read: keep quotes and accents unescaped.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// A <see cref="FunctionException"/> is an expected outcome: its type and message, no stack. Anything else is
    /// reported with its type name as errorType, as the .NET Lambda runtime does, and its stack trace.
    /// </summary>
    public static ErrorReport From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is FunctionException expected
            ? new ErrorReport(expected.ErrorType, expected.Message, [])
            : new ErrorReport(exception.GetType().Name, exception.Message, StackLines(exception));
    }

    public static ErrorReport DeadlineReached(DateTimeOffset deadline) => new(
        DeadlineExceeded, $"The invocation did not finish by its deadline {deadline:yyyy-MM-ddTHH:mm:ss.fffZ}.", []);

    public byte[] ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("errorMessage"u8, ErrorMessage);
            writer.WriteString("errorType"u8, ErrorType);
            writer.WriteStartArray("stackTrace"u8);
            foreach (var line in StackTrace)
            {
                writer.WriteStringValue(line);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string[] StackLines(Exception exception) =>
        exception.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
