using System.Text.Json.Nodes;
using OrderEvents.Local.ProcessMode;

namespace OrderEvents.Local.Tests.ProcessMode;

/// <summary>
/// Runs the real handlers' executable (the JIT build of <c>bootstrap</c> next to these tests) as a function
/// process, so the Runtime API loop and the emulator are tested against each other.
/// </summary>
public sealed class BootstrapProcessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ValidateOrder_AsAProcess_ReturnsTheValidatedOrder()
    {
        await using var invoker = Invoker("ValidateOrder");

        var result = await invoker.InvokeAsync("ValidateOrder", Envelope("""{"orderId":"12345","customer":"example@example.com"}"""), CancellationToken.None);

        Assert.Null(result.Error);
        var order = JsonNode.Parse(result.Payload!)!;
        Assert.Equal("12345", (string)order["orderId"]!);
        Assert.Equal("Order Validated", (string)order["status"]!);
    }

    [Fact]
    public async Task ValidateOrder_AsAProcess_ReportsInvalidOrderAsAFunctionError()
    {
        await using var invoker = Invoker("ValidateOrder");

        var result = await invoker.InvokeAsync("ValidateOrder", Envelope("""{"orderId":"","customer":"nobody"}"""), CancellationToken.None);

        Assert.NotNull(result.Error);
        Assert.Equal("InvalidOrder", result.Error.ErrorType);
        Assert.Contains("orderId", result.Error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("customer", result.Error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownHandler_FailsInitAndIsReportedAsTheInitError()
    {
        await using var invoker = Invoker("ChargeTwice");

        var result = await invoker.InvokeAsync("ChargeTwice", "{}"u8.ToArray(), CancellationToken.None);

        Assert.NotNull(result.Error);
        Assert.Contains("ValidateOrder", result.Error.ErrorMessage, StringComparison.Ordinal);
    }

    private static ProcessLambdaInvoker Invoker(string function) => new(
        [new FunctionProcessSpec("dotnet", [Path.Combine(AppContext.BaseDirectory, "bootstrap.dll")], function, Timeout, new Dictionary<string, string>())],
        TimeProvider.System);

    private static byte[] Envelope(string detail) => System.Text.Encoding.UTF8.GetBytes(
        $$"""{"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"OrderPlaced","source":"orderevents.orders","account":"123456789012","time":"2026-11-25T10:00:00Z","region":"us-east-1","resources":[],"detail":{{detail}}}""");
}
