namespace OrderEvents.Cdk.Configuration;

/// <summary>The CDK context keys the app reads.</summary>
public static class ContextKeys
{
    public const string NotificationEmail = "notificationEmail";
    public const string LogLevel = "logLevel";
    public const string EventBusName = "eventBusName";
    public const string PaymentDeclineRate = "paymentDeclineRate";
    public const string Architecture = "architecture";
}
