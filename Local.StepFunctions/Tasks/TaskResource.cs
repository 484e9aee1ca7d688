using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Execution;

namespace OrderEvents.Local.StepFunctions.Tasks;

/// <summary>A service integration a Task state calls: what it accepts, and how it runs one attempt.</summary>
internal abstract class TaskResource(string arn)
{
    public string Arn { get; } = arn;

    /// <summary>
    /// When set, the state's Parameters are <c>{"FunctionName": constant, "Payload.$": "$"}</c> and the resource
    /// takes the InputPath result as its payload directly instead of evaluating the template.
    /// </summary>
    public virtual bool TakesInputAsPayload => false;

    /// <summary>
    /// Runs one attempt. <paramref name="parameters"/> is the state's effective input (after InputPath and
    /// Parameters). <paramref name="payloadOnly"/> asks for the function result alone when nothing but
    /// <c>$.Payload</c> of the full integration output would be read.
    /// </summary>
    public abstract ValueTask<StepResult> InvokeAsync(JsonNode? parameters, StateContext context, bool payloadOnly, CancellationToken cancellationToken);
}
