using Microsoft.Extensions.Time.Testing;
using OrderEvents.Handlers.Aws;
using OrderEvents.Handlers.Aws.DynamoDb;
using OrderEvents.Handlers.IntegrationTests.Infrastructure;
using OrderEvents.Handlers.Payments;

namespace OrderEvents.Handlers.IntegrationTests.Aws.DynamoDb;

[Collection(MotoCollection.Name)]
public sealed class DynamoDbPaymentStoreFaultTests(MotoServer moto)
{
    private const int SdkRetries = 2;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 5, 6, 7, 8, 9, TimeSpan.Zero));
    private readonly CountingGateway _gateway = new();

    [Fact]
    public async Task ClaimAppliedButAnswerLost_IsRecognisedAsOwnClaimAndChargedOnce()
    {
        var table = await PaymentsTable.CreateAsync(moto);
        await using var proxy = new DynamoDbFaultProxy(moto, (operation, number) => operation == "PutItem" && number == 1 ? Fault.LoseResponse : Fault.None);

        var first = await PaymentInvocation.RunAsync(Store(proxy, table), _gateway, _time, "ord-f1", 20m);
        var repeat = await PaymentInvocation.RunAsync(Store(proxy, table), _gateway, _time, "ord-f1", 20m);

        // The lost answer, the SDK's retry (condition failed on our own claim) and the repeat's claim.
        Assert.Equal(3, proxy.Calls("PutItem"));
        Assert.Equal(1, _gateway.Total);
        Assert.Equal(first.GetRawText(), repeat.GetRawText());
    }

    [Fact]
    public async Task OutcomeAppliedButAnswerLost_IsRecognisedAsRecorded()
    {
        var table = await PaymentsTable.CreateAsync(moto);
        await using var proxy = new DynamoDbFaultProxy(moto, (operation, number) => operation == "UpdateItem" && number == 1 ? Fault.LoseResponse : Fault.None);

        var first = await PaymentInvocation.RunAsync(Store(proxy, table), _gateway, _time, "ord-f2", 20m);
        var repeat = await PaymentInvocation.RunAsync(Store(proxy, table), _gateway, _time, "ord-f2", 20m);

        Assert.Equal(2, proxy.Calls("UpdateItem"));
        Assert.Equal(1, _gateway.Total);
        Assert.Equal("Charged", first.GetProperty("status").GetString());
        Assert.Equal(first.GetRawText(), repeat.GetRawText());
    }

    [Fact]
    public async Task OutcomeNeverRecorded_RepeatsWithinTheLeaseAreInProgressAndNeverChargeAgain()
    {
        var table = await PaymentsTable.CreateAsync(moto);
        var failing = 1;
        await using var proxy = new DynamoDbFaultProxy(moto, (operation, _) => Volatile.Read(ref failing) == 1 && operation == "UpdateItem" ? Fault.ServerError : Fault.None);

        var crashed = await Assert.ThrowsAsync<PaymentStoreException>(() => PaymentInvocation.RunAsync(Store(proxy, table), _gateway, _time, "ord-f3", 20m));
        Volatile.Write(ref failing, 0);
        _time.Advance(TimeSpan.FromMinutes(1));
        var repeat = await Assert.ThrowsAsync<PaymentInProgressException>(() => PaymentInvocation.RunAsync(Store(proxy, table), _gateway, _time, "ord-f3", 20m));

        Assert.Equal(PaymentStoreException.Unavailable, crashed.ErrorType);
        Assert.Contains("InternalServerError", crashed.Message, StringComparison.Ordinal);
        Assert.Equal(1 + SdkRetries, proxy.Calls("UpdateItem"));
        Assert.Equal("PaymentInProgress", repeat.ErrorType);
        Assert.Equal(1, _gateway.Total);
    }

    [Fact]
    public async Task PersistentThrottling_FailsWithPaymentStoreUnavailableBeforeAnyCharge()
    {
        var table = await PaymentsTable.CreateAsync(moto);
        await using var proxy = new DynamoDbFaultProxy(moto, (_, _) => Fault.Throttle);

        var error = await Assert.ThrowsAsync<PaymentStoreException>(() => PaymentInvocation.RunAsync(Store(proxy, table), _gateway, _time, "ord-f4", 20m));

        Assert.Equal(PaymentStoreException.Unavailable, error.ErrorType);
        Assert.Contains("ProvisionedThroughputExceededException", error.Message, StringComparison.Ordinal);
        Assert.Equal(1 + SdkRetries, proxy.Calls("PutItem"));
        Assert.Equal(0, _gateway.Total);
    }

    [Fact]
    public async Task UnreachableEndpoint_FailsWithPaymentStoreUnavailableBeforeAnyCharge()
    {
        var client = PaymentTableClient.Create(new AwsServiceEndpoint(new Uri($"http://127.0.0.1:{MotoServer.FreePort()}/"), TestAws.Region), TestAws.Credentials, SdkRetries);
        var store = new DynamoDbPaymentStore(client, new PaymentStoreOptions("payments"), _time);

        var error = await Assert.ThrowsAsync<PaymentStoreException>(() => PaymentInvocation.RunAsync(store, _gateway, _time, "ord-f5", 20m));

        Assert.Equal(PaymentStoreException.Unavailable, error.ErrorType);
        Assert.Contains("PutItem", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _gateway.Total);
    }

    private DynamoDbPaymentStore Store(DynamoDbFaultProxy proxy, PaymentsTable table) => new(
        PaymentTableClient.Create(new AwsServiceEndpoint(proxy.Endpoint, TestAws.Region), TestAws.Credentials, SdkRetries),
        new PaymentStoreOptions(table.Name),
        _time);
}
