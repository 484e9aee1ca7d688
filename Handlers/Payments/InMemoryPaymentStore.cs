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
        var claim = Entry.Claim(request, now);
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

            if (existing.Amount != request.Amount || existing.Currency != request.Currency)
            {
                throw new IdempotencyConflictException(
                    $"Order {request.OrderId} was already submitted for payment with amount {Show(existing.Amount, existing.Currency)}, not {Show(request.Amount, request.Currency)}.");
            }

            if (existing.IsCompleted)
            {
                return ValueTask.FromResult<PaymentClaim>(new PaymentClaim.AlreadyProcessed(existing.Outcome(request.OrderId)));
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
            if (!_entries.TryGetValue(outcome.OrderId, out var existing) || existing.IsCompleted)
            {
                throw new InvalidOperationException($"Order {outcome.OrderId} has no open payment claim to complete.");
            }

            if (existing.Amount != outcome.Amount || existing.Currency != outcome.Currency)
            {
                throw new InvalidOperationException(
                    $"Order {outcome.OrderId} was claimed for {Show(existing.Amount, existing.Currency)}, not {Show(outcome.Amount, outcome.Currency)}.");
            }

            if (_entries.TryUpdate(outcome.OrderId, existing.Complete(outcome), existing))
            {
                return ValueTask.CompletedTask;
            }
        }
    }

    private static string Show(decimal? amount, string? currency) => amount is { } value
        ? $"{value.ToString(CultureInfo.InvariantCulture)} {currency}"
        : "none";

    /// <summary>
    /// One order's claim and, once completed, its outcome, in one object: the store keeps an entry for every
    /// order it has seen, so each entry stays small. A class, not a record: TryUpdate compares entries by reference.
    /// </summary>
    private sealed class Entry
    {
        private Entry(decimal? amount, string? currency, DateTimeOffset claimedAt, PaymentStatus? status, string? reference, DateTimeOffset processedAt)
        {
            Amount = amount;
            Currency = currency;
            ClaimedAt = claimedAt;
            Status = status;
            Reference = reference;
            ProcessedAt = processedAt;
        }

        public decimal? Amount { get; }

        public string? Currency { get; }

        public DateTimeOffset ClaimedAt { get; }

        /// <summary>The outcome's status; <see langword="null"/> while the claim is open.</summary>
        public PaymentStatus? Status { get; }

        public string? Reference { get; }

        public DateTimeOffset ProcessedAt { get; }

        public bool IsCompleted => Status is not null;

        public static Entry Claim(PaymentRequest request, DateTimeOffset claimedAt) =>
            new(request.Amount, request.Currency, claimedAt, status: null, reference: null, processedAt: default);

        public Entry Complete(PaymentOutcome outcome) =>
            new(Amount, Currency, ClaimedAt, outcome.Status, outcome.GatewayReference, outcome.ProcessedAt);

        public PaymentOutcome Outcome(string orderId) => new(orderId, Status!.Value, Amount, Currency, Reference, ProcessedAt);
    }
}
