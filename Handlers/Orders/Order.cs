using OrderEvents.Handlers.Notifications;
using OrderEvents.Handlers.Payments;

namespace OrderEvents.Handlers.Orders;

/// <summary>
/// The normalized order that flows through the workflow: ValidateOrder creates it, ProcessPayment adds
/// <see cref="Payment"/>, NotifyCustomer adds <see cref="Notification"/>. Serialized in camelCase; absent parts are omitted.
/// </summary>
public sealed record Order
{
    public required string Status { get; init; }

    public required string OrderId { get; init; }

    public required string Customer { get; init; }

    public IReadOnlyList<OrderLine>? Items { get; init; }

    public string? Currency { get; init; }

    /// <summary>The amount to charge: the sum of the lines when there are lines, else the given total.</summary>
    public decimal? Total { get; init; }

    /// <summary>The EventBridge event id, kept for tracing an order back to its event.</summary>
    public string? EventId { get; init; }

    public string? EventTime { get; init; }

    public PaymentDetails? Payment { get; init; }

    public NotificationDetails? Notification { get; init; }
}
