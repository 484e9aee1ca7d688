using System.Globalization;
using System.Text.Json;
using OrderEvents.Handlers.Logging;
using OrderEvents.Local.Functions;
using OrderEvents.Local.StepFunctions.Tasks;

namespace OrderEvents.Local.ProcessMode;

/// <summary>
/// Runs Task-state Lambda invocations on real function processes (the published <c>bootstrap</c>)
/// behind local Runtime APIs, reporting failures as Step Functions sees them: a function error keeps
/// its errorType; a timeout or a crash is <c>Lambda.Unknown</c>; an unknown function is
/// <c>Lambda.ResourceNotFoundException</c>.
/// </summary>
public sealed class ProcessLambdaInvoker : ILambdaInvoker, IAsyncDisposable
{
    private readonly Dictionary<string, FunctionPool> pools;

    /// <param name="maxSandboxesPerFunction">Concurrent processes per function (Lambda's concurrency).</param>
    /// <param name="functionLogs">Where function log lines go; <see langword="null"/> discards them.</param>
    public ProcessLambdaInvoker(
        IEnumerable<FunctionProcessSpec> functions,
        TimeProvider time,
        ILogSink? functionLogs = null,
        int maxSandboxesPerFunction = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSandboxesPerFunction, 1);
        pools = functions.ToDictionary(
            f => f.FunctionName,
            f => new FunctionPool(f, time, functionLogs, maxSandboxesPerFunction),
            StringComparer.Ordinal);
    }

    /// <summary>Sandboxes started per function so far (each one a cold start).</summary>
    public IReadOnlyDictionary<string, int> ColdStarts => pools.ToDictionary(p => p.Key, p => p.Value.ColdStarts);

    public async ValueTask<LambdaInvocationResult> InvokeAsync(string functionName, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var reference = FunctionReference.TryParse(functionName);
        if (reference is null || !pools.TryGetValue(reference.Name, out var pool))
        {
            throw new LambdaServiceException(
                "Lambda.ResourceNotFoundException",
                $"Function not found: {functionName} (known: {string.Join(", ", pools.Keys)})");
        }

        var (reply, _) = await pool.InvokeAsync(payload, cancellationToken);
        return reply switch
        {
            SandboxReply.Response response => LambdaInvocationResult.Success(response.Payload),
            SandboxReply.FunctionError error => LambdaInvocationResult.Failure(ReadError(error)),
            SandboxReply.TimedOut timedOut => throw new LambdaServiceException(
                "Lambda.Unknown",
                string.Create(CultureInfo.InvariantCulture, $"Task timed out after {timedOut.Timeout.TotalSeconds:0.00} seconds")),
            SandboxReply.Crashed crashed => throw new LambdaServiceException(
                "Lambda.Unknown",
                $"Runtime exited with error: exit status {crashed.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "unknown"} (Runtime.ExitError)"),
            _ => throw new InvalidOperationException("Unexpected sandbox reply " + reply.GetType().Name),
        };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in pools.Values)
        {
            await pool.DisposeAsync();
        }
    }

    /// <summary>Reads the runtime's <c>{errorMessage, errorType, stackTrace}</c>, tolerating a malformed body.</summary>
    private static LambdaFunctionError ReadError(SandboxReply.FunctionError error)
    {
        var fallbackType = string.IsNullOrEmpty(error.ErrorTypeHeader) ? "Runtime.Unknown" : error.ErrorTypeHeader;
        try
        {
            using var document = JsonDocument.Parse(error.Body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new LambdaFunctionError(fallbackType, root.GetRawText(), []);
            }

            var type = root.TryGetProperty("errorType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : fallbackType;
            var message = root.TryGetProperty("errorMessage", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "";
            var stack = root.TryGetProperty("stackTrace", out var s) && s.ValueKind == JsonValueKind.Array
                ? s.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
                : [];
            return new LambdaFunctionError(type, message, stack);
        }
        catch (JsonException)
        {
            return new LambdaFunctionError(fallbackType, System.Text.Encoding.UTF8.GetString(error.Body), []);
        }
    }
}
