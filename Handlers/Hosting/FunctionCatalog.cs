using OrderEvents.Handlers.Failures;
using OrderEvents.Handlers.Logging;
using OrderEvents.Handlers.Notifications;
using OrderEvents.Handlers.Orders;
using OrderEvents.Handlers.Payments;

namespace OrderEvents.Handlers.Hosting;

/// <summary>Builds the functions of this executable by name (<see cref="FunctionNames"/>), for Lambda and in-process hosts alike.</summary>
public static class FunctionCatalog
{
    /// <exception cref="UnknownHandlerException"><paramref name="name"/> is not one of <see cref="FunctionNames.All"/>.</exception>
    public static IFunctionHandler Create(string? name, FunctionDependencies dependencies)
    {
        ArgumentNullException.ThrowIfNull(dependencies);
        return name switch
        {
            FunctionNames.ValidateOrder => new ValidateOrderHandler(Log(name, dependencies)),
            FunctionNames.ProcessPayment => new ProcessPaymentHandler(
                dependencies.PaymentGateway ?? new SimulatedPaymentGateway(dependencies.Random, dependencies.Settings.PaymentDeclineRate),
                dependencies.PaymentStore,
                dependencies.Time,
                Log(name, dependencies)),
            FunctionNames.NotifyCustomer => new NotifyCustomerHandler(
                dependencies.NotificationPublisher, dependencies.Settings.TopicArn, Log(name, dependencies)),
            FunctionNames.RecordFailure => new RecordFailureHandler(Log(name, dependencies)),
            _ => throw new UnknownHandlerException(name),
        };
    }

    /// <summary>All four functions, keyed by name (ordinal).</summary>
    public static IReadOnlyDictionary<string, IFunctionHandler> CreateAll(FunctionDependencies dependencies) =>
        FunctionNames.All.ToDictionary(name => name, name => Create(name, dependencies), StringComparer.Ordinal);

    private static StructuredLog Log(string function, FunctionDependencies dependencies) =>
        new(dependencies.LogSink, dependencies.Time, function);
}
