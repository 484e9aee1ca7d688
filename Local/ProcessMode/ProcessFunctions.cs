using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Logging;
using OrderEvents.Local.OrderFlow;
using OrderEvents.Local.Sns;

namespace OrderEvents.Local.ProcessMode;

/// <summary>
/// The four functions of an <see cref="OrderEventsApp"/> as real processes: the published AOT
/// <c>bootstrap</c>, sandboxes per function behind their own Runtime APIs, configured as the stack
/// configures them, with NotifyCustomer's SNS client pointed at the app's local topics.
/// </summary>
public sealed class ProcessFunctions : IAsyncDisposable
{
    /// <summary>The function timeout and memory the stack sets.</summary>
    public static readonly TimeSpan FunctionTimeout = TimeSpan.FromSeconds(10);

    public const int MemorySizeMb = 256;

    private ProcessFunctions(ProcessLambdaInvoker invoker) => Invoker = invoker;

    public ProcessLambdaInvoker Invoker { get; }

    /// <param name="progress">Told when the bootstrap has to be published first.</param>
    /// <param name="functionLogs">Where the processes' log lines go; <see langword="null"/> discards them.</param>
    public static async Task<ProcessFunctions> StartAsync(
        OrderEventsApp app, string repositoryRoot, TextWriter progress, ILogSink? functionLogs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var bootstrap = await new BootstrapArtifact(repositoryRoot).EnsureCurrentAsync(progress, cancellationToken);
        var sns = new SnsQueryApi(app.Topics);
        var specs = FunctionNames.All.Select(name => new FunctionProcessSpec(
            bootstrap, [], name, FunctionTimeout, Environment(name, app), MemorySizeMb, app.Settings.Region, app.Settings.AccountId,
            name == FunctionNames.NotifyCustomer ? sns : null));
        return new ProcessFunctions(new ProcessLambdaInvoker(specs, TimeProvider.System, functionLogs, maxSandboxesPerFunction: System.Environment.ProcessorCount));
    }

    public ValueTask DisposeAsync() => Invoker.DisposeAsync();

    /// <summary>Each function gets only its own settings, as in the stack; credentials are local placeholders.</summary>
    private static Dictionary<string, string> Environment(string function, OrderEventsApp app)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AWS_ACCESS_KEY_ID"] = "local",
            ["AWS_SECRET_ACCESS_KEY"] = "local",
        };
        switch (function)
        {
            case FunctionNames.ProcessPayment:
                environment[FunctionSettings.DeclineRateVariable] = app.Settings.DeclineRate.ToString(System.Globalization.CultureInfo.InvariantCulture);
                // The run's seed decides the declines, as in-process; each ProcessPayment process starts the same sequence.
                environment[FunctionSettings.SimulationSeedVariable] = app.Seeds.Functions.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case FunctionNames.NotifyCustomer:
                environment[FunctionSettings.TopicArnVariable] = app.NotificationTopicArn;
                break;
        }

        return environment;
    }
}
