using System.Globalization;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Logging;

namespace OrderEvents.Handlers.Runtime;

/// <summary>
/// The Runtime API loop: next, invoke, then post the response or the error; repeat until stopped. A failing or
/// malformed invocation is reported (or logged) and the loop goes on to the next one.
/// </summary>
public sealed class InvocationLoop(
    RuntimeApiClient api,
    IFunctionHandler handler,
    IRuntimeEnvironment environment,
    TimeProvider time,
    StructuredLog log)
{
    private readonly string _functionName = environment.GetVariable(RuntimeVariables.FunctionName) ?? handler.Name;

    /// <summary>Runs until <paramref name="stop"/> fires.</summary>
    /// <exception cref="HttpRequestException">The Runtime API cannot be reached; the process should exit.</exception>
    /// <exception cref="RuntimeApiException">The Runtime API refused to hand out an invocation.</exception>
    public async Task RunAsync(CancellationToken stop)
    {
        // The Runtime API calls block the thread that makes them (see RuntimeApiClient); the loop runs on a
        // thread of its own, so the caller gets its task back at once.
        await Task.Yield();
        using var deadline = new InvocationDeadline(time);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var invocation = await api.NextAsync(stop);
                await HandleAsync(invocation, deadline, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Stopped while waiting for an event or while posting a result: the loop ends either way.
                return;
            }
        }
    }

    private async Task HandleAsync(RuntimeInvocation invocation, InvocationDeadline deadline, CancellationToken stop)
    {
        if (string.IsNullOrEmpty(invocation.RequestId))
        {
            log.Write(LogLevel.Error, "Skipped an invocation without a request id", null,
                LogField.String("header", RuntimeApiClient.RequestIdHeader));
            return;
        }

        var requestId = invocation.RequestId;
        environment.SetVariable(RuntimeVariables.TraceId, invocation.TraceId);
        var until = ParseDeadline(invocation.DeadlineMs, requestId);
        var context = new InvocationContext(requestId, _functionName, invocation.InvokedFunctionArn ?? string.Empty, until, invocation.TraceId);

        byte[]? result = null;
        ErrorReport? error = null;
        var token = deadline.Start(until);
        try
        {
            result = await handler.InvokeAsync(invocation.Body, context, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            error = ErrorReport.DeadlineReached(until);
        }
#pragma warning disable CA1031 // Whatever the handler throws is this invocation's error; the loop must go on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            error = ErrorReport.From(exception);
        }
        finally
        {
            deadline.Stop();
        }

        await PostAsync(requestId, result, error, stop);
    }

    private async Task PostAsync(string requestId, byte[]? result, ErrorReport? error, CancellationToken stop)
    {
        try
        {
            if (error is null)
            {
                await api.PostResponseAsync(requestId, result!, stop);
            }
            else
            {
                log.Write(LogLevel.Error, "Invocation failed", requestId,
                    LogField.String("errorType", error.ErrorType),
                    LogField.String("errorMessage", error.ErrorMessage));
                await api.PostErrorAsync(requestId, error, stop);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or RuntimeApiException
            || (exception is OperationCanceledException && !stop.IsCancellationRequested))
        {
            log.Write(LogLevel.Error, "Could not post the invocation result", requestId,
                LogField.String("errorType", exception.GetType().Name),
                LogField.String("errorMessage", exception.Message));
        }
    }

    private DateTimeOffset ParseDeadline(string? deadlineMs, string requestId)
    {
        if (long.TryParse(deadlineMs, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            && milliseconds <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        }

        log.Write(LogLevel.Warn, "Invocation has no usable deadline; running without one", requestId,
            LogField.String("header", RuntimeApiClient.DeadlineHeader),
            LogField.String("value", deadlineMs));
        return DateTimeOffset.MaxValue;
    }
}
