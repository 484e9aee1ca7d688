using System.Runtime.InteropServices;

namespace OrderEvents.Cdk.Configuration;

/// <summary>
/// What a user can choose at deploy time through CDK context (<c>cdk deploy -c key=value</c>).
/// Every value is already validated; build one with <see cref="StackSettingsReader"/>.
/// </summary>
/// <param name="NotificationEmail">Address subscribed to the notification topic, or null for none.</param>
/// <param name="WorkflowLogLevel">Execution log level of the state machine.</param>
/// <param name="EventBusName">Name of the custom bus; the files in events/ carry it.</param>
/// <param name="PaymentDeclineRate">Probability in [0, 1] that the simulated gateway declines a charge.</param>
/// <param name="Architecture">Instruction set of the functions and of the native bootstrap.</param>
public sealed record StackSettings(
    string? NotificationEmail,
    WorkflowLogLevel WorkflowLogLevel,
    string EventBusName,
    double PaymentDeclineRate,
    Architecture Architecture)
{
    public const string DefaultEventBusName = "order-events";

    public const double DefaultPaymentDeclineRate = 0.5;

    public static StackSettings Defaults { get; } = new(
        NotificationEmail: null,
        WorkflowLogLevel.All,
        DefaultEventBusName,
        DefaultPaymentDeclineRate,
        Architecture.X64);
}
