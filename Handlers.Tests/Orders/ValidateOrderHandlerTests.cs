using System.Text;
using System.Text.Json;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Orders.Validation;
using OrderEvents.Handlers.Tests.Support;

namespace OrderEvents.Handlers.Tests.Orders;

public sealed class ValidateOrderHandlerTests
{
    private readonly CapturingLogSink _log = new();
    private readonly IFunctionHandler _handler;

    public ValidateOrderHandlerTests() =>
        _handler = FunctionCatalog.Create(FunctionNames.ValidateOrder, Invocations.Dependencies(log: _log));

    [Fact]
    public async Task MinimalSample_IsValidated_WithoutAmountFields()
    {
        var order = await Invocations.InvokeAsync(_handler, Invocations.Envelope(Invocations.MinimalOrder));

        Assert.Equal("Order Validated", order.GetProperty("status").GetString());
        Assert.Equal("12345", order.GetProperty("orderId").GetString());
        Assert.Equal("example@example.com", order.GetProperty("customer").GetString());
        Assert.False(order.TryGetProperty("items", out _));
        Assert.False(order.TryGetProperty("total", out _));
        Assert.False(order.TryGetProperty("currency", out _));
    }

    [Fact]
    public async Task FullOrder_IsNormalized_WithComputedTotalAndEventTrace()
    {
        var order = await Invocations.InvokeAsync(_handler, Invocations.Envelope(Invocations.FullOrder));

        Assert.Equal("ORD-1001", order.GetProperty("orderId").GetString());
        Assert.Equal("EUR", order.GetProperty("currency").GetString());
        Assert.Equal(59.97m, order.GetProperty("total").GetDecimal());
        Assert.Equal("6a7e8feb-b491-4cf7-a9f1-bf3703467718", order.GetProperty("eventId").GetString());
        Assert.Equal("2026-03-14T09:26:53Z", order.GetProperty("eventTime").GetString());
        var first = order.GetProperty("items")[0];
        Assert.Equal("BOOK-42", first.GetProperty("sku").GetString());
        Assert.Equal(2, first.GetProperty("quantity").GetInt32());
        Assert.Equal(19.99m, first.GetProperty("unitPrice").GetDecimal());
    }

    [Fact]
    public async Task ItemsWithoutTotal_GetTheSumOfTheLinesAsTotal()
    {
        var detail = """{"orderId":"o1","customer":"jane@example.com","currency":"USD","items":[{"sku":"A","quantity":3,"unitPrice":2.50},{"sku":"B","quantity":1,"unitPrice":1}]}""";

        var order = await Invocations.InvokeAsync(_handler, Invocations.Envelope(detail));

        Assert.Equal(8.50m, order.GetProperty("total").GetDecimal());
    }

    [Theory]
    [InlineData("{\"detail\": ")]
    [InlineData("not json")]
    [InlineData("{\"detail-type\":\"OrderPlaced\"} trailing")]
    [InlineData("")]
    public async Task MalformedJson_IsAnInvalidOrder_NamingTheJsonProblem(string payload)
    {
        var error = await Assert.ThrowsAsync<InvalidOrderException>(
            async () => await _handler.InvokeAsync(Encoding.UTF8.GetBytes(payload), Invocations.Context(), CancellationToken.None));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("the event is not valid JSON (", problem, StringComparison.Ordinal);
        Assert.StartsWith("The order is invalid: the event is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralProblems_AreJoinedInOneMessage()
    {
        var error = await Assert.ThrowsAsync<InvalidOrderException>(
            async () => await Invocations.InvokeAsync(_handler, Invocations.Envelope("{}")));

        Assert.Equal("The order is invalid (2 problems): orderId is required; customer is required.", error.Message);
    }

    [Fact]
    public async Task Validation_LogsTheOrderWithTheCustomerMasked()
    {
        await Invocations.InvokeAsync(_handler, Invocations.Envelope(Invocations.FullOrder));

        var line = _log.Single("Order validated");
        Assert.Equal("ValidateOrder", line.GetProperty("function").GetString());
        Assert.Equal("j***@example.com", line.GetProperty("fields").GetProperty("customer").GetString());
        Assert.DoesNotContain("jane.doe@example.com", string.Join('\n', _log.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejection_LogsEveryProblem()
    {
        await Assert.ThrowsAsync<InvalidOrderException>(
            async () => await Invocations.InvokeAsync(_handler, Invocations.Envelope("""{"orderId":"o 1"}""")));

        var line = _log.Single("Order rejected");
        Assert.Equal("WARN", line.GetProperty("level").GetString());
        Assert.Equal(2, line.GetProperty("fields").GetProperty("problems").GetArrayLength());
    }
}
