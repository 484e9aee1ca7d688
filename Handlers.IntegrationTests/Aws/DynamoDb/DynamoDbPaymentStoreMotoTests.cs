using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrderEvents.Handlers.Aws.DynamoDb;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.IntegrationTests.Infrastructure;
using OrderEvents.Handlers.Payments;

namespace OrderEvents.Handlers.IntegrationTests.Aws.DynamoDb;

[Collection(MotoCollection.Name)]
public sealed class DynamoDbPaymentStoreMotoTests(MotoServer moto)
{
    // Far ahead of any real clock, so no server-side expiry can interfere.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 5, 6, 7, 8, 9, TimeSpan.Zero));
    private readonly CountingGateway _gateway = new();

    [Fact]
    public async Task SameOrderTwice_ChargesOnceAndReturnsTheFirstOutcome()
    {
        var table = await PaymentsTable.CreateAsync(moto);

        var first = await PaymentInvocation.RunAsync(Store(table), _gateway, _time, "ord-1", 42.50m);
        _time.Advance(TimeSpan.FromSeconds(30));
        var second = await PaymentInvocation.RunAsync(Store(table), _gateway, _time, "ord-1", 42.50m);

        Assert.Equal(1, _gateway.Total);
        Assert.Equal("Charged", first.GetProperty("status").GetString());
        Assert.Equal(first.GetRawText(), second.GetRawText());
    }

    [Fact]
    public async Task FiftyConcurrentInvocations_ChargeExactlyOnceAndAllReturnThatOutcome()
    {
        var table = await PaymentsTable.CreateAsync(moto);
        var release = new TaskCompletionSource();
        var gateway = new CountingGateway(hold: release.Task);

        // Each invocation has its own store, as separate Lambda execution environments would. The charge is held
        // until every other invocation has answered, so all of them meet the claim while it is in progress.
        var attempts = Enumerable.Range(0, 50).Select(_ => Task.Run(() => TryRunAsync(table, gateway, "ord-busy", 19.99m))).ToList();
        while (attempts.Count(attempt => attempt.IsCompleted) < 49 && !gateway.SecondCharge.IsCompleted)
        {
            await Task.WhenAny(Task.WhenAny(attempts.Where(attempt => !attempt.IsCompleted)), gateway.SecondCharge).WaitAsync(TimeSpan.FromSeconds(60));
        }

        release.SetResult();
        var results = await Task.WhenAll(attempts);
        // What the workflow's PaymentInProgress retrier does once the charging invocation has finished.
        var outcomes = await Task.WhenAll(results.Select(result => result.Payment is { } payment
            ? Task.FromResult(payment)
            : PaymentInvocation.RunAsync(Store(table), gateway, _time, "ord-busy", 19.99m)));

        Assert.Equal(1, gateway.Total);
        Assert.Equal(49, results.Count(result => result.Error is PaymentInProgressException));
        Assert.Single(results, result => result.Payment is not null);
        Assert.StartsWith("ch_ord-busy_1", outcomes[0].GetProperty("reference").GetString(), StringComparison.Ordinal);
        Assert.All(outcomes, payment => Assert.Equal(outcomes[0].GetRawText(), payment.GetRawText()));
    }

    [Fact]
    public async Task DifferentOrders_AreChargedIndependently()
    {
        var table = await PaymentsTable.CreateAsync(moto);
        var store = Store(table);

        var a = await PaymentInvocation.RunAsync(store, _gateway, _time, "ord-a", 10m);
        var b = await PaymentInvocation.RunAsync(store, _gateway, _time, "ord-b", 10m);

        Assert.Equal(1, _gateway.ChargesOf("ord-a"));
        Assert.Equal(1, _gateway.ChargesOf("ord-b"));
        Assert.NotEqual(a.GetProperty("reference").GetString(), b.GetProperty("reference").GetString());
    }

    [Theory]
    [InlineData(43.00, "EUR")]
    [InlineData(42.50, "USD")]
    public async Task SameOrderWithAnotherAmountOrCurrency_FailsWithIdempotencyConflict(decimal amount, string currency)
    {
        var table = await PaymentsTable.CreateAsync(moto);
        await PaymentInvocation.RunAsync(Store(table), _gateway, _time, "ord-2", 42.50m, "EUR");

        var error = await Assert.ThrowsAsync<IdempotencyConflictException>(() => PaymentInvocation.RunAsync(Store(table), _gateway, _time, "ord-2", amount, currency));

        Assert.Equal("IdempotencyConflict", error.ErrorType);
        Assert.Contains("42.5", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _gateway.Total);
    }

    [Fact]
    public async Task SameAmountWrittenWithMoreDecimals_IsTheSameRequest()
    {
        var table = await PaymentsTable.CreateAsync(moto);
        var first = await PaymentInvocation.RunAsync(Store(table), _gateway, _time, "ord-3", 42.5m);

        var second = await PaymentInvocation.RunAsync(Store(table), _gateway, _time, "ord-3", 42.500m);

        Assert.Equal(1, _gateway.Total);
        Assert.Equal(first.GetProperty("reference").GetString(), second.GetProperty("reference").GetString());
    }

    [Fact]
    public async Task DeclinedOrder_IsDeclinedAgainOnRepeatWithoutAnotherCharge()
    {
        var table = await PaymentsTable.CreateAsync(moto);
        var declining = new CountingGateway(approve: false);

        await Assert.ThrowsAsync<PaymentDeclinedException>(() => PaymentInvocation.RunAsync(Store(table), declining, _time, "ord-4", 5m));
        await Assert.ThrowsAsync<PaymentDeclinedException>(() => PaymentInvocation.RunAsync(Store(table), declining, _time, "ord-4", 5m));

        Assert.Equal(1, declining.Total);
        Assert.Equal("DECLINED", (await table.ReadRowAsync("ord-4"))["status"].S);
    }

    [Fact]
    public async Task ClaimAndOutcome_SetTheTtlAttributeToTheRetentionWindow()
    {
        var table = await PaymentsTable.CreateAsync(moto);
        var store = Store(table);
        var claimedAt = _time.GetUtcNow();

        await store.ClaimAsync(new PaymentRequest("ord-5", 8m, "EUR"), CancellationToken.None);
        var claimRow = await table.ReadRowAsync("ord-5");
        _time.Advance(TimeSpan.FromMinutes(1));
        await store.CompleteAsync(new PaymentOutcome("ord-5", PaymentStatus.Charged, 8m, "EUR", "ch_5", _time.GetUtcNow()), CancellationToken.None);
        var doneRow = await table.ReadRowAsync("ord-5");

        Assert.Equal("IN_PROGRESS", claimRow["status"].S);
        Assert.Equal(Epoch(claimedAt + TimeSpan.FromDays(7)), claimRow["expiresAt"].N);
        Assert.Equal("CHARGED", doneRow["status"].S);
        Assert.Equal("ch_5", doneRow["gatewayReference"].S);
        Assert.Equal(Epoch(_time.GetUtcNow() + TimeSpan.FromDays(7)), doneRow["expiresAt"].N);
        Assert.False(doneRow.ContainsKey("leaseExpiresAt"));
        var ttl = await table.Client.DescribeTimeToLiveAsync(table.Name);
        Assert.Equal("expiresAt", ttl.TimeToLiveDescription.AttributeName);
    }

    [Fact]
    public async Task UnfinishedClaim_BlocksWithinTheLeaseAndIsTakenOverAfterIt()
    {
        var table = await PaymentsTable.CreateAsync(moto);
        var request = new PaymentRequest("ord-6", 12m, "EUR");
        await Store(table).ClaimAsync(request, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(4));
        var blocked = await Assert.ThrowsAsync<PaymentInProgressException>(() => Store(table).ClaimAsync(request, CancellationToken.None).AsTask());
        _time.Advance(TimeSpan.FromMinutes(2));
        var takenOver = await Store(table).ClaimAsync(request, CancellationToken.None);

        Assert.Equal("PaymentInProgress", blocked.ErrorType);
        Assert.IsType<PaymentClaim.Acquired>(takenOver);
    }

    [Fact]
    public async Task CompletingAClaimThatWasTakenOver_FailsWithClaimLost()
    {
        var table = await PaymentsTable.CreateAsync(moto);
        var request = new PaymentRequest("ord-7", 12m, "EUR");
        var slow = Store(table);
        await slow.ClaimAsync(request, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(6));
        await Store(table).ClaimAsync(request, CancellationToken.None);

        var error = await Assert.ThrowsAsync<PaymentStoreException>(() =>
            slow.CompleteAsync(new PaymentOutcome("ord-7", PaymentStatus.Charged, 12m, "EUR", "ch_7", _time.GetUtcNow()), CancellationToken.None).AsTask());

        Assert.Equal(PaymentStoreException.ClaimLost, error.ErrorType);
        Assert.Equal("IN_PROGRESS", (await table.ReadRowAsync("ord-7"))["status"].S);
    }

    [Fact]
    public async Task RecordPastItsRetention_NoLongerGuardsTheOrder()
    {
        var table = await PaymentsTable.CreateAsync(moto);
        await PaymentInvocation.RunAsync(Store(table), _gateway, _time, "ord-8", 3m);

        _time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(2));
        var claim = await Store(table).ClaimAsync(new PaymentRequest("ord-8", 4m, "EUR"), CancellationToken.None);

        Assert.IsType<PaymentClaim.Acquired>(claim);
    }

    [Fact]
    public async Task MissingTable_FailsWithInvalidConfiguration()
    {
        var table = await PaymentsTable.CreateAsync(moto);
        var store = new DynamoDbPaymentStore(table.Client, new PaymentStoreOptions(TestAws.UniqueName("absent")), _time);

        var error = await Assert.ThrowsAsync<ConfigurationException>(() => store.ClaimAsync(new PaymentRequest("ord-9", 1m, "EUR"), CancellationToken.None).AsTask());

        Assert.Contains("PAYMENTS_TABLE", error.Message, StringComparison.Ordinal);
    }

    private DynamoDbPaymentStore Store(PaymentsTable table) => new(table.Client, new PaymentStoreOptions(table.Name), _time);

    private async Task<(JsonElement? Payment, Exception? Error)> TryRunAsync(PaymentsTable table, CountingGateway gateway, string orderId, decimal total)
    {
        try
        {
            return (await PaymentInvocation.RunAsync(Store(table), gateway, _time, orderId, total), null);
        }
        catch (FunctionException exception)
        {
            return (null, exception);
        }
    }

    private static string Epoch(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
