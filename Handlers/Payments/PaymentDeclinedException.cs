using OrderEvents.Handlers.Hosting;

namespace OrderEvents.Handlers.Payments;

/// <summary>Error type <c>PaymentDeclined</c>: the gateway refused the charge. Never retried by the workflow.</summary>
public sealed class PaymentDeclinedException()
    : FunctionException(ErrorTypeName, DeclinedMessage)
{
    public const string ErrorTypeName = "PaymentDeclined";

    public const string DeclinedMessage = "Payment processing failed";
}
