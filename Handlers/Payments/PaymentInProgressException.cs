using OrderEvents.Handlers.Hosting;

namespace OrderEvents.Handlers.Payments;

/// <summary>Another invocation is charging the same order right now; the state machine retries this error.</summary>
public sealed class PaymentInProgressException(string message)
    : FunctionException("PaymentInProgress", message);
