namespace OrderEvents.Handlers.Payments;

/// <summary>
/// Records each order's payment so a repeated invocation (Express workflows are at-least-once)
/// returns the first outcome instead of charging again. In-memory for the local runtime and tests,
/// DynamoDB (conditional writes) in AWS.
/// </summary>
public interface IPaymentStore
{
    /// <summary>
    /// Claims <paramref name="request"/>'s order for charging, or returns the outcome already stored for it.
    /// </summary>
    /// <exception cref="IdempotencyConflictException">The order was already paid with another amount or currency.</exception>
    /// <exception cref="PaymentInProgressException">Another invocation holds the claim and has not finished (retryable).</exception>
    ValueTask<PaymentClaim> ClaimAsync(PaymentRequest request, CancellationToken cancellationToken);

    /// <summary>Stores the outcome of a claimed charge; later claims of the same order return it.</summary>
    ValueTask CompleteAsync(PaymentOutcome outcome, CancellationToken cancellationToken);
}
