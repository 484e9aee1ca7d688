using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Local.StepFunctions.Tasks;

namespace OrderEvents.Local.Functions;

/// <summary>
/// Runs Lambda invocations against in-process <see cref="IFunctionHandler"/>s chosen by function name.
/// Errors are reported as the .NET Lambda runtime reports them: a <see cref="FunctionException"/> keeps its
/// error type, any other exception reports its type name; an unknown function is
/// <c>Lambda.ResourceNotFoundException</c>.
/// </summary>
public sealed class InProcessLambdaInvoker : ILambdaInvoker
{
    private readonly FrozenDictionary<string, IFunctionHandler> _handlers;
    private readonly ConcurrentDictionary<string, Target> _targets = new(StringComparer.Ordinal);
    private readonly InProcessLambdaInvokerOptions _options;
    private long _requests;

    public InProcessLambdaInvoker(IEnumerable<IFunctionHandler> handlers, InProcessLambdaInvokerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _options = options ?? new InProcessLambdaInvokerOptions();
        _handlers = handlers.ToFrozenDictionary(h => h.Name, StringComparer.Ordinal);
    }

    /// <summary>The names of the functions this invoker serves.</summary>
    public IEnumerable<string> FunctionNames => _handlers.Keys;

    public ValueTask<LambdaInvocationResult> InvokeAsync(string functionName, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(functionName);
        var target = _targets.GetOrAdd(functionName, Resolve);
        if (target.Handler is null)
        {
            throw new LambdaServiceException("Lambda.ResourceNotFoundException", $"Function not found: {target.Arn}");
        }

        var context = new InvocationContext(
            NextRequestId(),
            target.Handler.Name,
            target.Arn,
            _options.Time.GetUtcNow() + _options.Timeout);
        ValueTask<byte[]> pending;
        try
        {
            pending = target.Handler.InvokeAsync(payload, context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromResult(Failure(ex));
        }

        // Handlers usually complete synchronously; skip the async machinery then, and read a synchronous failure
        // (a declined payment, an invalid order) from the task instead of throwing it a second time.
        if (pending.IsCompletedSuccessfully)
        {
            return ValueTask.FromResult(LambdaInvocationResult.Success(pending.Result));
        }

        if (pending.IsFaulted)
        {
            // A faulted task always carries the handler's exception; reading it consumes the ValueTask.
            return ValueTask.FromResult(Failure(pending.AsTask().Exception!.InnerExceptions[0]));
        }

        return AwaitAsync(pending, cancellationToken);
    }

    private static async ValueTask<LambdaInvocationResult> AwaitAsync(ValueTask<byte[]> pending, CancellationToken cancellationToken)
    {
        try
        {
            return LambdaInvocationResult.Success(await pending);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Failure(ex);
        }
    }

    private static LambdaInvocationResult Failure(Exception exception) =>
        LambdaInvocationResult.Failure(new LambdaFunctionError(
            exception is FunctionException typed ? typed.ErrorType : exception.GetType().Name,
            exception.Message,
            []));

    private Target Resolve(string functionName)
    {
        var reference = FunctionReference.TryParse(functionName);
        if (reference is null)
        {
            return new Target(functionName, null);
        }

        var arn = $"arn:aws:lambda:{reference.Region ?? _options.Region}:{reference.AccountId ?? _options.AccountId}:function:{reference.Name}";
        if (reference.Qualifier is not null)
        {
            arn += ":" + reference.Qualifier;
        }

        var elsewhere = _options.MatchAccountAndRegion
            && (reference.Region is not null && reference.Region != _options.Region
                || reference.AccountId is not null && reference.AccountId != _options.AccountId);
        var handler = !elsewhere && _handlers.TryGetValue(reference.Name, out var found) ? found : null;
        return new Target(arn, handler);
    }

    /// <summary>Request ids are UUID-shaped and sequential, so runs are reproducible.</summary>
    private string NextRequestId() =>
        string.Create(36, Interlocked.Increment(ref _requests), static (span, n) =>
        {
            "00000000-0000-4000-8000-".CopyTo(span);
            n.TryFormat(span[24..], out _, "x12", CultureInfo.InvariantCulture);
        });

    private sealed record Target(string Arn, IFunctionHandler? Handler);
}
