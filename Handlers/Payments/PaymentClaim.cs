namespace OrderEvents.Handlers.Payments;

/// <summary>The answer of <see cref="IPaymentStore.ClaimAsync"/>.</summary>
public abstract record PaymentClaim
{
    private PaymentClaim()
    {
    }

    /// <summary>This invocation owns the order and must charge it, then call <see cref="IPaymentStore.CompleteAsync"/>.</summary>
    public sealed record Acquired : PaymentClaim;

    /// <summary>The order was processed before; return this outcome unchanged.</summary>
    public sealed record AlreadyProcessed(PaymentOutcome Outcome) : PaymentClaim;
}
