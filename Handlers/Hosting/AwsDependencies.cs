using OrderEvents.Handlers.Aws.DynamoDb;
using OrderEvents.Handlers.Aws.Sns;
using OrderEvents.Handlers.Notifications;
using OrderEvents.Handlers.Payments;
using OrderEvents.Handlers.Randomness;
using OrderEvents.Handlers.Runtime;

namespace OrderEvents.Handlers.Hosting;

/// <summary>
/// The one place that chooses the AWS-facing implementations for a deployed function: the SNS publisher and the
/// payment store.
/// </summary>
internal static class AwsDependencies
{
    // One connection pool per process; each attempt is bounded so a hung connection is retried, not waited on until the deadline.
    private static readonly Lazy<HttpClient> SnsHttp = new(() => new HttpClient { Timeout = TimeSpan.FromSeconds(3) });

    public static INotificationPublisher CreateNotificationPublisher(FunctionSettings settings, IRuntimeEnvironment environment, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return settings.TopicArn is null
            ? new UnavailableNotificationPublisher($"{FunctionSettings.TopicArnVariable} is not set.")
            : SnsNotificationPublisher.FromEnvironment(SnsHttp.Value, time, SharedRandomSource.Instance, environment.GetVariable);
    }

    public static IPaymentStore CreatePaymentStore(FunctionSettings settings, IRuntimeEnvironment environment, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(environment);

        // Without PAYMENTS_TABLE, repeats are recognised only within one warm execution environment.
        return settings.PaymentsTable is null
            ? new InMemoryPaymentStore(time)
            : DynamoDbPaymentStore.FromEnvironment(time, environment.GetVariable);
    }
}
