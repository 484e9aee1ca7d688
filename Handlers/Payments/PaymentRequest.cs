namespace OrderEvents.Handlers.Payments;

/// <summary>What is charged for one order. Amount and currency are absent for orders that carry no amount.</summary>
public sealed record PaymentRequest(string OrderId, decimal? Amount, string? Currency);
