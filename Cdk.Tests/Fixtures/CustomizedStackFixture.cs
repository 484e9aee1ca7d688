namespace OrderEvents.Cdk.Tests.Fixtures;

/// <summary>The stack with every context option set away from its default, as -c options arrive (strings).</summary>
public sealed class CustomizedStackFixture() : StackFixture(Options)
{
    public const string Email = "orders@example.com";

    public const string BusName = "shop-orders";

    public static IReadOnlyDictionary<string, object> Options { get; } = new Dictionary<string, object>
    {
        ["notificationEmail"] = Email,
        ["logLevel"] = "error",
        ["eventBusName"] = BusName,
        ["paymentDeclineRate"] = "0.25",
        ["architecture"] = "arm64",
    };
}
