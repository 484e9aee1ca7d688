using System.Text.Json;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Tests.Support;

namespace OrderEvents.Handlers.Tests.Failures;

public sealed class RecordFailureHandlerTests
{
    private const string ExecutionId = "arn:aws:states:eu-west-1:123456789012:express:OrderWorkflow:exec-1:run-1";

    private readonly CapturingLogSink _log = new();
    private readonly IFunctionHandler _handler;

    public RecordFailureHandlerTests() =>
        _handler = FunctionCatalog.Create(FunctionNames.RecordFailure, Invocations.Dependencies(log: _log));

    [Fact]
    public async Task ValidateOrderFailure_TakesTheOrderIdFromTheEnvelopeDetail()
    {
        var cause = JsonSerializer.Serialize("""{"errorMessage":"The order is invalid: customer is required.","errorType":"InvalidOrder","stackTrace":[]}""");
        var payload = """
            {"failedState":"ValidateOrder","executionId":"EXECUTION_ID",
             "input":{"version":"0","id":"e-1","detail-type":"OrderPlaced","source":"orderevents.orders","detail":{"orderId":"ORD-9"},
                      "error":{"Error":"InvalidOrder","Cause":CAUSE}}}
            """.Replace("EXECUTION_ID", ExecutionId, StringComparison.Ordinal).Replace("CAUSE", cause, StringComparison.Ordinal);

        var record = await Invocations.InvokeAsync(_handler, payload);

        Assert.Equal("ORD-9", record.GetProperty("orderId").GetString());
        Assert.Equal("ValidateOrder", record.GetProperty("failedState").GetString());
        Assert.Equal("InvalidOrder", record.GetProperty("error").GetString());
        Assert.Equal("The order is invalid: customer is required.", record.GetProperty("errorMessage").GetString());
        Assert.Equal(ExecutionId, record.GetProperty("executionId").GetString());
        Assert.StartsWith("{\"errorMessage\"", record.GetProperty("cause").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaymentFailure_TakesTheOrderIdFromTheOrder_AndLogsOneErrorRecord()
    {
        var payload = """
            {"failedState":"ProcessPayment","executionId":"EXECUTION_ID",
             "input":{"status":"Order Validated","orderId":"ORD-7","customer":"jane@example.com",
                      "error":{"Error":"PaymentDeclined","Cause":"{\"errorMessage\":\"Payment processing failed\",\"errorType\":\"PaymentDeclined\",\"stackTrace\":[]}"}}}
            """.Replace("EXECUTION_ID", ExecutionId, StringComparison.Ordinal);

        var record = await Invocations.InvokeAsync(_handler, payload);

        Assert.Equal("ORD-7", record.GetProperty("orderId").GetString());
        var line = Assert.Single(_log.Lines);
        using var parsed = JsonDocument.Parse(line);
        Assert.Equal("ERROR", parsed.RootElement.GetProperty("level").GetString());
        Assert.Equal("Order workflow failed", parsed.RootElement.GetProperty("message").GetString());
        var fields = parsed.RootElement.GetProperty("fields");
        Assert.Equal("ORD-7", fields.GetProperty("orderId").GetString());
        Assert.Equal("ProcessPayment", fields.GetProperty("failedState").GetString());
        Assert.Equal("PaymentDeclined", fields.GetProperty("error").GetString());
        Assert.Equal("Payment processing failed", fields.GetProperty("errorMessage").GetString());
        Assert.Equal(ExecutionId, fields.GetProperty("executionId").GetString());
        Assert.DoesNotContain("jane@example.com", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_KeepsTheJsonCauseReadable()
    {
        var payload = """{"input":{"orderId":"o1","error":{"Error":"PaymentDeclined","Cause":"{\"errorMessage\":\"Payment processing failed\"}"}}}""";

        var result = await _handler.InvokeAsync(System.Text.Encoding.UTF8.GetBytes(payload), Invocations.Context(), CancellationToken.None);

        Assert.Contains("""
            "cause":"{\"errorMessage\":\"Payment processing failed\"}"
            """, System.Text.Encoding.UTF8.GetString(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeoutCause_ThatIsNotJson_IsKeptAsIs()
    {
        var payload = """{"failedState":"NotifyCustomer","input":{"orderId":"o1","error":{"Error":"States.Timeout","Cause":""}}}""";

        var record = await Invocations.InvokeAsync(_handler, payload);

        Assert.Equal("States.Timeout", record.GetProperty("error").GetString());
        Assert.Equal("", record.GetProperty("cause").GetString());
        Assert.False(record.TryGetProperty("errorMessage", out _));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("""{"failedState":5,"input":"text","executionId":null}""")]
    [InlineData("""{"input":{"detail":"not an object","error":"not an object"}}""")]
    [InlineData("""{"input":{"orderId":{"nested":true},"error":{"Error":["x"],"Cause":"{not json"}}}""")]
    public async Task OddInput_IsRecordedWithNulls_NeverThrows(string payload)
    {
        var record = await Invocations.InvokeAsync(_handler, payload);

        Assert.False(record.TryGetProperty("orderId", out _));
        var fields = JsonDocument.Parse(Assert.Single(_log.Lines)).RootElement.GetProperty("fields");
        Assert.Equal(JsonValueKind.Null, fields.GetProperty("orderId").ValueKind);
    }

    [Fact]
    public async Task NumericOrderId_IsRecordedAsText()
    {
        var record = await Invocations.InvokeAsync(_handler, """{"input":{"detail":{"orderId":12345}}}""");

        Assert.Equal("12345", record.GetProperty("orderId").GetString());
    }

    [Fact]
    public async Task InputThatIsNotJson_IsRecorded_WithTheReasonAsCause()
    {
        var result = await _handler.InvokeAsync("{oops"u8.ToArray(), Invocations.Context(), CancellationToken.None);

        var record = JsonDocument.Parse(result).RootElement;
        Assert.StartsWith("RecordFailure received input that is not JSON", record.GetProperty("cause").GetString(), StringComparison.Ordinal);
        Assert.Single(_log.Lines);
    }
}
