using OrderEvents.Handlers.Logging;
using OrderEvents.Handlers.Notifications;
using OrderEvents.Handlers.Payments;
using OrderEvents.Handlers.Randomness;

namespace OrderEvents.Handlers.Hosting;

/// <summary>Everything the four functions depend on; <see cref="FunctionCatalog"/> builds them from it.</summary>
/// <example>
/// In-process use (the local runtime):
/// <code>
/// var dependencies = new FunctionDependencies
/// {
///     Time = TimeProvider.System,
///     Random = new SeededRandomSource(42),
///     PaymentStore = new InMemoryPaymentStore(TimeProvider.System),
///     NotificationPublisher = localTopics,
///     Settings = FunctionSettings.FromValues(topicArn, "0.5", null),
/// };
/// var handlers = FunctionCatalog.CreateAll(dependencies);
/// </code>
/// </example>
public sealed record FunctionDependencies
{
    public required TimeProvider Time { get; init; }

    public required IRandomSource Random { get; init; }

    public required IPaymentStore PaymentStore { get; init; }

    public required INotificationPublisher NotificationPublisher { get; init; }

    /// <summary>Where log lines go; discarded by default.</summary>
    public ILogSink LogSink { get; init; } = NullLogSink.Instance;

    public FunctionSettings Settings { get; init; } = FunctionSettings.Default;

    /// <summary>The payment provider; null means a <see cref="SimulatedPaymentGateway"/> over <see cref="Random"/> and the configured decline rate.</summary>
    public IPaymentGateway? PaymentGateway { get; init; }
}
