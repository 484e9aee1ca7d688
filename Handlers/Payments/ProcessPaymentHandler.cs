using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Logging;
using OrderEvents.Handlers.Orders;
using OrderEvents.Handlers.Serialization;

namespace OrderEvents.Handlers.Payments;

/// <summary>
/// ProcessPayment: charges the validated order once per orderId. A repeat (Express workflows are
/// at-least-once) returns the first outcome; a declined order fails with <c>PaymentDeclined</c> every time.
/// </summary>
public sealed class ProcessPaymentHandler(IPaymentGateway gateway, IPaymentStore store, TimeProvider time, StructuredLog log)
    : IFunctionHandler
{
    public string Name => FunctionNames.ProcessPayment;

    public async ValueTask<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var order = HandlerJson.ReadOrder(payload, Name);
        if (order.Total is not null && order.Currency is null)
        {
            throw new FunctionException(HandlerJson.InvalidInput, $"Order {order.OrderId} has a total but no currency.");
        }

        var request = new PaymentRequest(order.OrderId, order.Total, order.Currency);
        var claim = await store.ClaimAsync(request, cancellationToken);
        var repeated = claim is PaymentClaim.AlreadyProcessed;
        var outcome = claim is PaymentClaim.AlreadyProcessed processed
            ? processed.Outcome
            : await ChargeAsync(request, cancellationToken);

        log.Write(outcome.Status == PaymentStatus.Charged ? LogLevel.Info : LogLevel.Warn,
            outcome.Status == PaymentStatus.Charged ? "Payment charged" : "Payment declined",
            context.RequestId,
            LogField.String("orderId", order.OrderId),
            LogField.Decimal("amount", outcome.Amount),
            LogField.String("currency", outcome.Currency),
            LogField.String("reference", outcome.GatewayReference),
            LogField.Boolean("repeat", repeated));

        if (outcome.Status == PaymentStatus.Declined)
        {
            throw new PaymentDeclinedException();
        }

        return HandlerJson.Write(order with { Status = OrderStatus.PaymentProcessed, Payment = PaymentDetails.From(outcome) });
    }

    private async ValueTask<PaymentOutcome> ChargeAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        var response = await gateway.ChargeAsync(request, cancellationToken);
        var outcome = new PaymentOutcome(
            request.OrderId,
            response.Approved ? PaymentStatus.Charged : PaymentStatus.Declined,
            request.Amount,
            request.Currency,
            response.Reference,
            time.GetUtcNow());

        // The charge has happened: recording it must not be abandoned because the invocation is being cancelled.
        await store.CompleteAsync(outcome, CancellationToken.None);
        return outcome;
    }
}
