using OrderEvents.Cdk.Tests.Fixtures;

namespace OrderEvents.Cdk.Tests.Constructs;

[Collection(DefaultStackCollection.Name)]
public sealed class PaymentsTableTests(DefaultStackFixture stack)
{
    private string TableId => stack.LogicalId(stack.Stack.Payments.Table);

    [Fact]
    public void Table_IsKeyedByOrderIdOnDemandEncryptedAndRecoverable()
    {
        var table = stack.Properties(TableId);

        Assert.Equal("""[{"AttributeName":"orderId","KeyType":"HASH"}]""", table["KeySchema"]!.ToJsonString());
        Assert.Equal("""[{"AttributeName":"orderId","AttributeType":"S"}]""", table["AttributeDefinitions"]!.ToJsonString());
        Assert.Equal("PAY_PER_REQUEST", (string?)table["BillingMode"]);
        Assert.True((bool)table["SSESpecification"]!["SSEEnabled"]!);
        Assert.True((bool)table["PointInTimeRecoverySpecification"]!["PointInTimeRecoveryEnabled"]!);
    }

    [Fact]
    public void Table_ExpiresRecordsThroughTheExpiresAtAttribute()
    {
        var ttl = stack.Properties(TableId)["TimeToLiveSpecification"]!;

        Assert.Equal("expiresAt", (string?)ttl["AttributeName"]);
        Assert.True((bool)ttl["Enabled"]!);
    }

    [Fact]
    public void Table_IsRetainedWhenTheStackIsDestroyed()
    {
        Assert.Equal("Retain", (string?)stack.Resource(TableId)["DeletionPolicy"]);
        Assert.Equal("Retain", (string?)stack.Resource(TableId)["UpdateReplacePolicy"]);
    }
}
