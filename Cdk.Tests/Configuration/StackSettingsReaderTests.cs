using System.Runtime.InteropServices;
using OrderEvents.Cdk.Configuration;

namespace OrderEvents.Cdk.Tests.Configuration;

public sealed class StackSettingsReaderTests
{
    [Fact]
    public void Read_WithoutContext_UsesTheDocumentedDefaults()
    {
        var settings = StackSettingsReader.Read(_ => null);

        Assert.Equal(new StackSettings(null, WorkflowLogLevel.All, "order-events", 0.5, Architecture.X64), settings);
    }

    [Fact]
    public void Read_CommandLineStrings_ParsesEveryOption()
    {
        var settings = StackSettingsReader.Read(Context(new()
        {
            ["notificationEmail"] = "jane@example.com",
            ["logLevel"] = "fatal",
            ["eventBusName"] = "shop.orders-2",
            ["paymentDeclineRate"] = "0.1",
            ["architecture"] = "arm64",
        }));

        Assert.Equal(new StackSettings("jane@example.com", WorkflowLogLevel.Fatal, "shop.orders-2", 0.1, Architecture.Arm64), settings);
    }

    [Fact]
    public void Read_CdkJsonNumbers_AreAcceptedLikeStrings()
    {
        var settings = StackSettingsReader.Read(Context(new() { ["paymentDeclineRate"] = 1.0 }));

        Assert.Equal(1.0, settings.PaymentDeclineRate);
    }

    [Theory]
    [InlineData("notificationEmail", "not-an-email", "is not an e-mail address")]
    [InlineData("notificationEmail", "two@@example.com", "is not an e-mail address")]
    [InlineData("logLevel", "DEBUG", "is not one of ALL, ERROR, FATAL, OFF")]
    [InlineData("eventBusName", "orders bus", "must be 1-256 letters")]
    [InlineData("eventBusName", "default", "not 'default'")]
    [InlineData("paymentDeclineRate", "1.5", "must be a number from 0 to 1")]
    [InlineData("paymentDeclineRate", "half", "must be a number from 0 to 1")]
    [InlineData("architecture", "x64", "is not one of x86_64, arm64")]
    public void Read_InvalidValue_NamesTheKeyTheValueAndTheRule(string key, string value, string rule)
    {
        var error = Assert.Throws<StackSettingsException>(() => StackSettingsReader.Read(Context(new() { [key] = value })));

        Assert.Contains($"{key} '{value}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralInvalidValues_ReportsEveryProblemAtOnce()
    {
        var error = Assert.Throws<StackSettingsException>(() => StackSettingsReader.Read(Context(new()
        {
            ["logLevel"] = "verbose",
            ["paymentDeclineRate"] = "-1",
        })));

        Assert.Contains("logLevel 'verbose'", error.Message, StringComparison.Ordinal);
        Assert.Contains("paymentDeclineRate '-1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BlankEmail_MeansNoSubscription()
    {
        Assert.Null(StackSettingsReader.Read(Context(new() { ["notificationEmail"] = " " })).NotificationEmail);
    }

    private static Func<string, object?> Context(Dictionary<string, object> values) =>
        key => values.GetValueOrDefault(key);
}
