using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Execution;

namespace OrderEvents.Local.StepFunctions.Tasks;

/// <summary>
/// A function ARN as the Resource (<c>arn:aws:lambda:region:account:function:Name</c>): the effective input is
/// the event and the function's result is the task result itself.
/// </summary>
internal sealed class LambdaFunctionResource(string arn) : TaskResource(arn)
{
    public override async ValueTask<StepResult> InvokeAsync(JsonNode? parameters, StateContext context, bool payloadOnly, CancellationToken cancellationToken)
    {
        var call = await LambdaCall.InvokeAsync(Arn, parameters, context, cancellationToken);
        return call.Error is { } error ? StepResult.Failure(error) : StepResult.Success(call.Payload);
    }
}
