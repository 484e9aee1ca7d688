using System.Text.Json;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Execution;

namespace OrderEvents.Local.StepFunctions.Tasks;

/// <summary>One synchronous function invocation: payload out, result or error back, both within the size quota.</summary>
internal static class LambdaCall
{
    // A repeated key would otherwise only surface later, as an exception from whichever state first reads it.
    private static readonly JsonDocumentOptions ResultOptions = new() { AllowDuplicateProperties = false };

    public static async ValueTask<LambdaCallResult> InvokeAsync(string function, JsonNode? payload, StateContext context, CancellationToken cancellationToken)
    {
        var invoker = context.Scope.Options.Lambda;
        if (invoker is null)
        {
            return LambdaCallResult.Failed(LambdaErrors.NoInvoker(function));
        }

        var scope = context.Scope;
        LambdaInvocationResult result;
        try
        {
            if (scope.TryGetUtf8(payload, out var known))
            {
                result = await invoker.InvokeAsync(function, known, cancellationToken);
            }
            else
            {
                using var request = JsonPayload.Write(payload);
                if (PayloadLimit.Exceeds(request.Length))
                {
                    return LambdaCallResult.Failed(PayloadLimit.StateInputError(context.StateName));
                }

                result = await invoker.InvokeAsync(function, request.Bytes, cancellationToken);
            }
        }
        catch (LambdaServiceException e)
        {
            return LambdaCallResult.Failed(LambdaErrors.FromService(e));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return LambdaCallResult.Failed(LambdaErrors.FromUnexpected(e));
        }

        if (result.Error is { } functionError)
        {
            return LambdaCallResult.Failed(LambdaErrors.FromFunction(functionError));
        }

        var bytes = result.Payload ?? [];
        if (PayloadLimit.Exceeds(bytes.Length))
        {
            return LambdaCallResult.Failed(PayloadLimit.StateOutputError(context.StateName));
        }

        try
        {
            // A function that returns nothing yields an empty body, which Step Functions reads as null.
            var node = bytes.Length == 0 ? null : JsonNode.Parse(bytes, documentOptions: ResultOptions);
            scope.RememberUtf8(node, bytes);
            return new LambdaCallResult(node, bytes.Length, null);
        }
        catch (JsonException e)
        {
            return LambdaCallResult.Failed(LambdaErrors.UnreadableResult(function, e));
        }
    }
}

/// <summary>The parsed function result and its size in bytes, or the error.</summary>
internal readonly record struct LambdaCallResult(JsonNode? Payload, int ByteCount, StatesError? Error)
{
    public static LambdaCallResult Failed(StatesError error) => new(null, 0, error);
}
