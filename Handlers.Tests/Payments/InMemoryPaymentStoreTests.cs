using Microsoft.Extensions.Time.Testing;
using OrderEvents.Handlers.Payments;
using OrderEvents.Handlers.Tests.Support;

namespace OrderEvents.Handlers.Tests.Payments;

public sealed class InMemoryPaymentStoreTests
{
    private readonly FakeTimeProvider _time = new(Invocations.Now);
    private readonly InMemoryPaymentStore _store;

    public InMemoryPaymentStoreTests() => _store = new InMemoryPaymentStore(_time);

    [Fact]
    public async Task FirstClaim_IsAcquired()
    {
        var claim = await _store.ClaimAsync(new PaymentRequest("o1", 10m, "USD"), CancellationToken.None);

        Assert.IsType<PaymentClaim.Acquired>(claim);
    }

    [Fact]
    public async Task ClaimAfterCompletion_ReturnsTheStoredOutcome()
    {
        var request = new PaymentRequest("o1", 10m, "USD");
        await _store.ClaimAsync(request, CancellationToken.None);
        var outcome = new PaymentOutcome("o1", PaymentStatus.Charged, 10m, "USD", "ch_1", Invocations.Now);
        await _store.CompleteAsync(outcome, CancellationToken.None);

        var again = await _store.ClaimAsync(request with { Amount = 10.00m }, CancellationToken.None);

        Assert.Equal(outcome, Assert.IsType<PaymentClaim.AlreadyProcessed>(again).Outcome);
    }

    [Fact]
    public async Task ClaimWhileInProgress_ThrowsPaymentInProgress()
    {
        var request = new PaymentRequest("o1", 10m, "USD");
        await _store.ClaimAsync(request, CancellationToken.None);

        var error = await Assert.ThrowsAsync<PaymentInProgressException>(async () => await _store.ClaimAsync(request, CancellationToken.None));
        Assert.Equal("PaymentInProgress", error.ErrorType);
    }

    [Fact]
    public async Task StaleClaim_CanBeTakenOverAfterTheLease()
    {
        var request = new PaymentRequest("o1", 10m, "USD");
        await _store.ClaimAsync(request, CancellationToken.None);

        _time.Advance(_store.ClaimLease);

        Assert.IsType<PaymentClaim.Acquired>(await _store.ClaimAsync(request, CancellationToken.None));
    }

    [Theory]
    [InlineData(11, "USD")]
    [InlineData(10, "EUR")]
    [InlineData(null, null)]
    public async Task SameOrderWithOtherAmountOrCurrency_ThrowsIdempotencyConflict(int? amount, string? currency)
    {
        await _store.ClaimAsync(new PaymentRequest("o1", 10m, "USD"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<IdempotencyConflictException>(
            async () => await _store.ClaimAsync(new PaymentRequest("o1", amount, currency), CancellationToken.None));

        Assert.Equal("IdempotencyConflict", error.ErrorType);
        Assert.Contains("10 USD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteWithoutClaim_IsAnError()
    {
        var outcome = new PaymentOutcome("nobody", PaymentStatus.Charged, 1m, "USD", "ch", Invocations.Now);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await _store.CompleteAsync(outcome, CancellationToken.None));
    }

    [Fact]
    public async Task CompleteTwice_IsAnError()
    {
        await _store.ClaimAsync(new PaymentRequest("o1", 10m, "USD"), CancellationToken.None);
        var outcome = new PaymentOutcome("o1", PaymentStatus.Declined, 10m, "USD", null, Invocations.Now);
        await _store.CompleteAsync(outcome, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await _store.CompleteAsync(outcome, CancellationToken.None));
    }

    [Fact]
    public async Task CompleteWithAnotherAmountThanClaimed_IsAnErrorNamingBoth()
    {
        await _store.ClaimAsync(new PaymentRequest("o1", 10m, "USD"), CancellationToken.None);
        var outcome = new PaymentOutcome("o1", PaymentStatus.Charged, 12m, "USD", "ch_1", Invocations.Now);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await _store.CompleteAsync(outcome, CancellationToken.None));

        Assert.Contains("10 USD", error.Message, StringComparison.Ordinal);
        Assert.Contains("12 USD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimAfterADecline_ReturnsTheDeclineWithoutAReference()
    {
        var request = new PaymentRequest("o1", null, null);
        await _store.ClaimAsync(request, CancellationToken.None);
        var outcome = new PaymentOutcome("o1", PaymentStatus.Declined, null, null, null, Invocations.Now.AddSeconds(3));
        await _store.CompleteAsync(outcome, CancellationToken.None);

        var again = await _store.ClaimAsync(request, CancellationToken.None);

        Assert.Equal(outcome, Assert.IsType<PaymentClaim.AlreadyProcessed>(again).Outcome);
    }

    [Fact]
    public async Task ConcurrentClaims_AcquireExactlyOnce()
    {
        var request = new PaymentRequest("o1", 10m, "USD");
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var claims = Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                return await _store.ClaimAsync(request, CancellationToken.None) is PaymentClaim.Acquired ? "acquired" : "processed";
            }
            catch (PaymentInProgressException)
            {
                return "in progress";
            }
        })).ToList();

        start.SetResult();
        var results = await Task.WhenAll(claims);

        Assert.Single(results, r => r == "acquired");
        Assert.Equal(49, results.Count(r => r == "in progress"));
    }

    [Fact]
    public async Task DifferentOrders_AreIndependent()
    {
        Assert.IsType<PaymentClaim.Acquired>(await _store.ClaimAsync(new PaymentRequest("o1", 1m, "USD"), CancellationToken.None));
        Assert.IsType<PaymentClaim.Acquired>(await _store.ClaimAsync(new PaymentRequest("o2", 2m, "EUR"), CancellationToken.None));
        Assert.Equal(2, _store.Count);
    }
}
