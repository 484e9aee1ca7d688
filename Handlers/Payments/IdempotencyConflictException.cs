using OrderEvents.Handlers.Hosting;

namespace OrderEvents.Handlers.Payments;

/// <summary>The same orderId arrived again with a different amount or currency.</summary>
public sealed class IdempotencyConflictException(string message)
    : FunctionException("IdempotencyConflict", message);
