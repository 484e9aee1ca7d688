using System.Text.Json;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Logging;
using OrderEvents.Handlers.Serialization;

namespace OrderEvents.Handlers.Failures;

/// <summary>
/// RecordFailure: the logging step before the workflow's Fail states. Logs one structured failure record
/// (findable in CloudWatch Logs by orderId) and returns it. Never fails on odd input.
/// </summary>
public sealed class RecordFailureHandler(StructuredLog log) : IFunctionHandler
{
    public string Name => FunctionNames.RecordFailure;

    public ValueTask<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var record = FailureInputReader.Read(payload);
        log.Write(LogLevel.Error, "Order workflow failed", context.RequestId,
            LogField.String("orderId", record.OrderId),
            LogField.String("failedState", record.FailedState),
            LogField.String("error", record.Error),
            LogField.String("cause", record.Cause),
            LogField.String("errorMessage", record.ErrorMessage),
            LogField.String("executionId", record.ExecutionId));
        return ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(record, HandlerJson.Readable.FailureRecord));
    }
}
