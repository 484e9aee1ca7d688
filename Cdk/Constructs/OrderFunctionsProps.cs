using System.Globalization;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using OrderEvents.Cdk.Bundling;

namespace OrderEvents.Cdk.Constructs;

/// <param name="Code">The shared package holding the native <c>bootstrap</c>.</param>
/// <param name="Platform">Instruction set the bootstrap was built for.</param>
/// <param name="TopicArn">Topic NotifyCustomer publishes to (env TOPIC_ARN).</param>
/// <param name="PaymentsTableName">Table ProcessPayment records payments in (env PAYMENTS_TABLE).</param>
/// <param name="PaymentDeclineRate">Decline probability of the simulated gateway (env PAYMENT_DECLINE_RATE).</param>
public sealed record OrderFunctionsProps(
    Code Code,
    TargetPlatform Platform,
    string TopicArn,
    string PaymentsTableName,
    double PaymentDeclineRate)
{
    /// <summary>256 MB: ample for a native bootstrap, and Lambda scales CPU with memory.</summary>
    public int MemorySize { get; init; } = 256;

    /// <summary>Each task is one short call; the ASL retries on Lambda faults.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public RetentionDays LogRetention { get; init; } = RetentionDays.ONE_MONTH;

    internal string DeclineRateText => PaymentDeclineRate.ToString("R", CultureInfo.InvariantCulture);
}
