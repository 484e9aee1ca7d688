namespace OrderEvents.Handlers.Payments;

/// <summary>The <c>payment</c> block ProcessPayment adds to the order.</summary>
public sealed record PaymentDetails(
    string Status,
    decimal? Amount,
    string? Currency,
    string? Reference,
    DateTimeOffset ProcessedAt)
{
    public static PaymentDetails From(PaymentOutcome outcome) => new(
        outcome.Status.ToString(), outcome.Amount, outcome.Currency, outcome.GatewayReference, outcome.ProcessedAt);
}
