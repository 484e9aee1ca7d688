using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Logging;

namespace OrderEvents.Handlers.Runtime;

/// <summary>
/// The process lifecycle of a custom runtime: build the function (a failure goes to <c>/runtime/init/error</c>),
/// then run the <see cref="InvocationLoop"/>.
/// </summary>
public sealed class LambdaBootstrap(IRuntimeEnvironment environment, TimeProvider time, ILogSink logSink)
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int NotInLambda = 2;

    /// <returns>The process exit code.</returns>
    public async Task<int> RunAsync(Func<IFunctionHandler> createFunction, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(createFunction);
        var log = new StructuredLog(logSink, time, environment.GetVariable(RuntimeVariables.Handler) ?? "bootstrap");
        var runtimeApi = environment.GetVariable(RuntimeVariables.RuntimeApi);
        if (string.IsNullOrWhiteSpace(runtimeApi))
        {
            log.Write(LogLevel.Error, $"{RuntimeVariables.RuntimeApi} is not set: this executable is a Lambda custom runtime (provided.al2023) and runs inside AWS Lambda.", null);
            return NotInLambda;
        }

        using var api = new RuntimeApiClient(runtimeApi);
        IFunctionHandler function;
        try
        {
            function = createFunction();
        }
#pragma warning disable CA1031 // Any failure to start is reported to Lambda as an init error.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await ReportInitErrorAsync(api, ErrorReport.From(exception), log, stop);
            return Failure;
        }

        try
        {
            await new InvocationLoop(api, function, environment, time, log).RunAsync(stop);
            return Success;
        }
        catch (Exception exception) when (exception is HttpRequestException or RuntimeApiException)
        {
            log.Write(LogLevel.Error, "The Runtime API is unavailable; stopping", null,
                LogField.String("errorType", exception.GetType().Name),
                LogField.String("errorMessage", exception.Message));
            return Failure;
        }
    }

    private static async Task ReportInitErrorAsync(RuntimeApiClient api, ErrorReport error, StructuredLog log, CancellationToken stop)
    {
        log.Write(LogLevel.Error, "Function initialization failed", null,
            LogField.String("errorType", error.ErrorType),
            LogField.String("errorMessage", error.ErrorMessage));
        try
        {
            await api.PostInitErrorAsync(error, stop);
        }
        catch (Exception exception) when (exception is HttpRequestException or RuntimeApiException)
        {
            log.Write(LogLevel.Error, "Could not report the initialization error", null,
                LogField.String("errorMessage", exception.Message));
        }
    }
}
