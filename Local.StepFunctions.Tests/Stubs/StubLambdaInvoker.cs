using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Tasks;

namespace OrderEvents.Local.StepFunctions.Tests.Stubs;

/// <summary>
/// Functions scripted per invocation: each call takes the next behaviour of its function (the last one
/// repeats). Behaviours: <c>{"return": json}</c>, <c>{"echo": true}</c>, <c>{"error": type, "message": m}</c>,
/// <c>{"serviceError": name, "cause": c}</c>, <c>{"returnStringOfLength": n}</c>, optionally with
/// <c>"delaySeconds"</c> on the given clock.
/// Records every payload received.
/// </summary>
internal sealed class StubLambdaInvoker(JsonObject? script, TimeProvider time) : ILambdaInvoker
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Function, JsonNode? Payload)> _received = new();

    public IReadOnlyList<(string Function, JsonNode? Payload)> Received => [.. _received];

    public int CallsTo(string function) => _calls.TryGetValue(function, out var count) ? count : 0;

    public async ValueTask<LambdaInvocationResult> InvokeAsync(string functionName, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var received = JsonNode.Parse(payload.Span);
        _received.Enqueue((functionName, received));
        var call = _calls.AddOrUpdate(functionName, 1, (_, count) => count + 1);
        if (script?[functionName] is not JsonArray behaviours || behaviours.Count == 0)
        {
            throw new LambdaServiceException("Lambda.ResourceNotFoundException", $"Function not found: {functionName}");
        }

        var behaviour = behaviours[Math.Min(call, behaviours.Count) - 1]!.AsObject();
        if (behaviour["delaySeconds"] is { } delay)
        {
            await Task.Delay(TimeSpan.FromSeconds(delay.GetValue<double>()), time, cancellationToken);
        }

        if (behaviour["serviceError"] is { } serviceError)
        {
            throw new LambdaServiceException(serviceError.GetValue<string>(), behaviour["cause"]?.GetValue<string>() ?? string.Empty);
        }

        if (behaviour["error"] is { } error)
        {
            return LambdaInvocationResult.Failure(new LambdaFunctionError(
                error.GetValue<string>(), behaviour["message"]?.GetValue<string>() ?? string.Empty, ["at Handler.Run()"]));
        }

        if (behaviour["returnStringOfLength"] is { } length)
        {
            return LambdaInvocationResult.Success(Encoding.UTF8.GetBytes($"\"{new string('x', length.GetValue<int>())}\""));
        }

        var result = behaviour.ContainsKey("echo") ? received : behaviour["return"];
        return LambdaInvocationResult.Success(Encoding.UTF8.GetBytes(result?.ToJsonString() ?? "null"));
    }
}
