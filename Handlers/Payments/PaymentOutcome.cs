namespace OrderEvents.Handlers.Payments;

/// <summary>The stored result of charging one order.</summary>
/// <param name="GatewayReference">The gateway's charge reference when <see cref="PaymentStatus.Charged"/>.</param>
public sealed record PaymentOutcome(
    string OrderId,
    PaymentStatus Status,
    decimal? Amount,
    string? Currency,
    string? GatewayReference,
    DateTimeOffset ProcessedAt);

public enum PaymentStatus
{
    Charged,
    Declined,
}
