using OrderEvents.Handlers.Logging;
using OrderEvents.Handlers.Randomness;
using OrderEvents.Handlers.Runtime;

namespace OrderEvents.Handlers.Hosting;

/// <summary>
/// Builds the function a Lambda process runs from its environment: <c>_HANDLER</c>, <c>TOPIC_ARN</c>,
/// <c>PAYMENT_DECLINE_RATE</c>, <c>PAYMENTS_TABLE</c>, <c>PAYMENT_SIMULATION_SEED</c>.
/// </summary>
public static class LambdaComposition
{
    /// <exception cref="UnknownHandlerException"><c>_HANDLER</c> is missing or unknown.</exception>
    /// <exception cref="ConfigurationException">A setting is unusable.</exception>
    public static IFunctionHandler CreateFunction(IRuntimeEnvironment environment, TimeProvider time, ILogSink logSink)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var name = environment.GetVariable(RuntimeVariables.Handler);
        if (name is null || !FunctionNames.All.Contains(name))
        {
            throw new UnknownHandlerException(name);
        }

        var settings = FunctionSettings.FromValues(
            environment.GetVariable(FunctionSettings.TopicArnVariable),
            environment.GetVariable(FunctionSettings.DeclineRateVariable),
            environment.GetVariable(FunctionSettings.PaymentsTableVariable));
        var seed = FunctionSettings.ParseSimulationSeed(environment.GetVariable(FunctionSettings.SimulationSeedVariable));
        var dependencies = new FunctionDependencies
        {
            Time = time,
            Random = seed is { } fixedSeed ? new SeededRandomSource(fixedSeed) : SharedRandomSource.Instance,
            PaymentStore = AwsDependencies.CreatePaymentStore(settings, environment, time),
            NotificationPublisher = AwsDependencies.CreateNotificationPublisher(settings, environment, time),
            LogSink = logSink,
            Settings = settings,
        };
        return FunctionCatalog.Create(name, dependencies);
    }
}
