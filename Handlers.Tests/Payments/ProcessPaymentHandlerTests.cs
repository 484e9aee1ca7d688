using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Payments;
using OrderEvents.Handlers.Tests.Support;

namespace OrderEvents.Handlers.Tests.Payments;

public sealed class ProcessPaymentHandlerTests
{
    private const string ValidatedOrder = """
        {"status":"Order Validated","orderId":"ORD-1001","customer":"jane.doe@example.com",
         "items":[{"sku":"BOOK-42","quantity":2,"unitPrice":19.99}],"currency":"EUR","total":39.98,"eventId":"e-1"}
        """;

    private readonly FakeTimeProvider _time = new(Invocations.Now);
    private readonly CapturingLogSink _log = new();

    [Fact]
    public async Task ApprovedCharge_ReturnsTheOrderWithAPaymentBlock()
    {
        var handler = Handler(declineRate: 0);

        var order = await Invocations.InvokeAsync(handler, ValidatedOrder);

        Assert.Equal("Payment Processed", order.GetProperty("status").GetString());
        Assert.Equal("ORD-1001", order.GetProperty("orderId").GetString());
        Assert.Equal("e-1", order.GetProperty("eventId").GetString());
        var payment = order.GetProperty("payment");
        Assert.Equal("Charged", payment.GetProperty("status").GetString());
        Assert.Equal(39.98m, payment.GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", payment.GetProperty("currency").GetString());
        Assert.Matches("^ch_[0-9a-f]{16}$", payment.GetProperty("reference").GetString());
        Assert.Equal(Invocations.Now, payment.GetProperty("processedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Decline_RaisesPaymentDeclined()
    {
        var error = await Assert.ThrowsAsync<PaymentDeclinedException>(
            async () => await Invocations.InvokeAsync(Handler(declineRate: 1), ValidatedOrder));

        Assert.Equal("PaymentDeclined", error.ErrorType);
        Assert.Equal("Payment processing failed", error.Message);
        Assert.Equal("WARN", _log.Single("Payment declined").GetProperty("level").GetString());
    }

    [Fact]
    public async Task SeededRandomSource_DecidesTheSameWayEachRun()
    {
        var first = await Outcomes(seed: 11);
        var second = await Outcomes(seed: 11);

        Assert.Equal(first, second);
        Assert.Contains("declined", first);
        Assert.Contains(first, o => o.StartsWith("ch_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RepeatOfAChargedOrder_ReturnsTheFirstOutcome_WithoutChargingAgain()
    {
        var gateway = new CountingGateway(approve: true);
        var handler = Handler(gateway: gateway);
        var first = await Invocations.InvokeAsync(handler, ValidatedOrder);
        _time.Advance(TimeSpan.FromMinutes(3));

        var second = await Invocations.InvokeAsync(handler, ValidatedOrder);

        Assert.Equal(1, gateway.Charges);
        Assert.Equal(first.GetProperty("payment").GetRawText(), second.GetProperty("payment").GetRawText());
        Assert.True(_log.Lines.Select(l => JsonDocument.Parse(l).RootElement).Last().GetProperty("fields").GetProperty("repeat").GetBoolean());
    }

    [Fact]
    public async Task RepeatOfADeclinedOrder_DeclinesAgainWithTheSameMessage_WithoutChargingAgain()
    {
        var gateway = new CountingGateway(approve: false);
        var handler = Handler(gateway: gateway);
        var first = await Assert.ThrowsAsync<PaymentDeclinedException>(async () => await Invocations.InvokeAsync(handler, ValidatedOrder));

        var second = await Assert.ThrowsAsync<PaymentDeclinedException>(async () => await Invocations.InvokeAsync(handler, ValidatedOrder));

        Assert.Equal(1, gateway.Charges);
        Assert.Equal(first.Message, second.Message);
    }

    [Fact]
    public async Task ConcurrentInvocationsOfOneOrder_ChargeOnce_AndOthersAreInProgressOrSeeTheSameCharge()
    {
        var gateway = new CountingGateway(approve: true);
        var handler = Handler(gateway: gateway);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                return (await Invocations.InvokeAsync(handler, ValidatedOrder)).GetProperty("payment").GetProperty("reference").GetString();
            }
            catch (PaymentInProgressException)
            {
                return "in progress";
            }
        })).ToList();

        start.SetResult();
        var results = await Task.WhenAll(calls);

        Assert.Equal(1, gateway.Charges);
        Assert.All(results, r => Assert.True(r is "ch_1" or "in progress", r));
        Assert.Contains("ch_1", results);
    }

    [Fact]
    public async Task SameOrderWithAnotherTotal_IsAnIdempotencyConflict()
    {
        var handler = Handler(declineRate: 0);
        await Invocations.InvokeAsync(handler, ValidatedOrder);

        var changed = ValidatedOrder.Replace("39.98", "49.98", StringComparison.Ordinal);
        var error = await Assert.ThrowsAsync<IdempotencyConflictException>(async () => await Invocations.InvokeAsync(handler, changed));
        Assert.Equal("IdempotencyConflict", error.ErrorType);
    }

    [Fact]
    public async Task OrderWithoutAmount_IsChargedWithoutAmount()
    {
        var order = await Invocations.InvokeAsync(
            Handler(declineRate: 0), """{"status":"Order Validated","orderId":"12345","customer":"example@example.com"}""");

        var payment = order.GetProperty("payment");
        Assert.Equal("Charged", payment.GetProperty("status").GetString());
        Assert.False(payment.TryGetProperty("amount", out _));
    }

    [Theory]
    [InlineData("""{"customer":"a@example.com"}""", "missing required properties")]
    [InlineData("<order/>", "'<' is an invalid start of a value")]
    [InlineData("null", "The payload is null.")]
    [InlineData("""{"status":"Order Validated","orderId":"o1","customer":"a@example.com","total":5}""", "has a total but no currency")]
    public async Task InputThatIsNotAValidatedOrder_IsInvalidInput(string payload, string reason)
    {
        var error = await Assert.ThrowsAsync<FunctionException>(async () => await Invocations.InvokeAsync(Handler(), payload));

        Assert.Equal("InvalidInput", error.ErrorType);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private IFunctionHandler Handler(double declineRate = 0.5, int seed = 7, IPaymentGateway? gateway = null) =>
        FunctionCatalog.Create(FunctionNames.ProcessPayment, Invocations.Dependencies(_time, _log, declineRate: declineRate, seed: seed, gateway: gateway));

    private async Task<List<string>> Outcomes(int seed)
    {
        var handler = Handler(seed: seed);
        var outcomes = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var order = ValidatedOrder.Replace("ORD-1001", $"ORD-{i}", StringComparison.Ordinal);
            try
            {
                outcomes.Add((await Invocations.InvokeAsync(handler, order)).GetProperty("payment").GetProperty("reference").GetString()!);
            }
            catch (PaymentDeclinedException)
            {
                outcomes.Add("declined");
            }
        }

        return outcomes;
    }

    private sealed class CountingGateway(bool approve) : IPaymentGateway
    {
        private int _charges;

        public int Charges => _charges;

        public ValueTask<GatewayResponse> ChargeAsync(PaymentRequest request, CancellationToken cancellationToken)
        {
            var number = Interlocked.Increment(ref _charges);
            return ValueTask.FromResult(approve ? new GatewayResponse(true, $"ch_{number}") : GatewayResponse.Declined);
        }
    }
}
