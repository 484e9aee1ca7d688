using OrderEvents.Local.StepFunctions.Tasks;

namespace OrderEvents.Benchmarks.Workloads;

/// <summary>Stub Lambda functions that return their event unchanged: the engine's own cost, without the handlers'.</summary>
internal sealed class EchoFunctions : ILambdaInvoker
{
    public ValueTask<LambdaInvocationResult> InvokeAsync(string functionName, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(LambdaInvocationResult.Success(payload.ToArray()));
}
