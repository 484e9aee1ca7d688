using System.Collections.Concurrent;
using System.Globalization;

namespace OrderEvents.Handlers.Payments;

/// <summary>
/// A thread-safe <see cref="IPaymentStore"/> held in memory (local runtime and tests). A claim that is never
/// completed (a crashed invocation) can be taken over once <see cref="ClaimLease"/> has passed.
/// </summary>
public sealed class InMemoryPaymentStore(TimeProvider time) : IPaymentStore
{
    private static readonly PaymentClaim Acquired = new PaymentClaim.Acquired();
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How long an unfinished claim blocks other invocations; defaults to 5 minutes, the longest Express execution.</summary>
    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromMinutes(5);

    public int Count => _entries.Count;

    public ValueTask<PaymentClaim> ClaimAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var claim = new Entry(request, now, outcome: null);
        while (true)
        {
            if (_entries.TryAdd(request.OrderId, claim))
            {
                return ValueTask.FromResult(Acquired);
            }

            if (!_entries.TryGetValue(request.OrderId, out var existing))
            {
                continue;
            }

            if (existing.Request.Amount != request.Amount || existing.Request.Currency != request.Currency)
            {
                throw new IdempotencyConflictException(
                    $"Order {request.OrderId} was already submitted for payment with amount {Show(existing.Request)}, not {Show(request)}.");
            }

            if (existing.Outcome is { } outcome)
            {
                return ValueTask.FromResult<PaymentClaim>(new PaymentClaim.AlreadyProcessed(outcome));
            }

            if (now - existing.ClaimedAt < ClaimLease)
            {
                throw new PaymentInProgressException($"Order {request.OrderId} is being charged by another invocation.");
            }

            // Reference comparison: only one caller replaces this particular stale claim.
            if (_entries.TryUpdate(request.OrderId, claim, existing))
            {
                return ValueTask.FromResult(Acquired);
            }
        }
    }

    public ValueTask CompleteAsync(PaymentOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        while (true)
        {
            if (!_entries.TryGetValue(outcome.OrderId, out var existing) || existing.Outcome is not null)
            {
                throw new InvalidOperationException($"Order {outcome.OrderId} has no open payment claim to complete.");
            }

            if (_entries.TryUpdate(outcome.OrderId, new Entry(existing.Request, existing.ClaimedAt, outcome), existing))
            {
                return ValueTask.CompletedTask;
            }
        }
    }

    private static string Show(PaymentRequest request) => request.Amount is { } amount
        ? $"{amount.ToString(CultureInfo.InvariantCulture)} {request.Currency}"
        : "none";

    // A class, not a record: TryUpdate must compare entries by reference.
    private sealed class Entry(PaymentRequest request, DateTimeOffset claimedAt, PaymentOutcome? outcome)
    {
        public PaymentRequest Request { get; } = request;

        public DateTimeOffset ClaimedAt { get; } = claimedAt;

        public PaymentOutcome? Outcome { get; } = outcome;
    }
}
