using OrderEvents.Handlers.Aws.DynamoDb;
using OrderEvents.Handlers.Hosting;

namespace OrderEvents.Handlers.IntegrationTests.Aws.DynamoDb;

public sealed class PaymentStoreOptionsTests
{
    [Fact]
    public void FromEnvironment_OnlyTable_UsesSevenDayRetentionAndFiveMinuteLease()
    {
        var options = PaymentStoreOptions.FromEnvironment(name => name == "PAYMENTS_TABLE" ? " payments-table " : null);

        Assert.Equal(new PaymentStoreOptions("payments-table") { RecordRetention = TimeSpan.FromDays(7), ClaimLease = TimeSpan.FromMinutes(5) }, options);
    }

    [Fact]
    public void FromEnvironment_RetentionAndLease_AreRead()
    {
        var values = new Dictionary<string, string> { ["PAYMENTS_TABLE"] = "t", ["PAYMENT_RETENTION_DAYS"] = "1.5", ["PAYMENT_CLAIM_LEASE_SECONDS"] = "90" };

        var options = PaymentStoreOptions.FromEnvironment(name => values.GetValueOrDefault(name));

        Assert.Equal(TimeSpan.FromHours(36), options.RecordRetention);
        Assert.Equal(TimeSpan.FromSeconds(90), options.ClaimLease);
    }

    [Theory]
    [InlineData(null, null, "PAYMENTS_TABLE is not set")]
    [InlineData("0", null, "PAYMENT_RETENTION_DAYS must be a positive number (got '0')")]
    [InlineData(null, "soon", "PAYMENT_CLAIM_LEASE_SECONDS must be a positive number (got 'soon')")]
    public void FromEnvironment_MissingOrBadValue_FailsWithInvalidConfiguration(string? retentionDays, string? leaseSeconds, string expected)
    {
        var values = new Dictionary<string, string?> { ["PAYMENT_RETENTION_DAYS"] = retentionDays, ["PAYMENT_CLAIM_LEASE_SECONDS"] = leaseSeconds };
        if (!expected.StartsWith("PAYMENTS_TABLE", StringComparison.Ordinal))
        {
            values["PAYMENTS_TABLE"] = "t";
        }

        var error = Assert.Throws<ConfigurationException>(() => PaymentStoreOptions.FromEnvironment(name => values.GetValueOrDefault(name)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
