using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Tasks;

/// <summary>
/// <c>arn:aws:states:::lambda:invoke</c>: Parameters FunctionName, Payload, InvocationType. The output is the
/// Lambda Invoke response as Step Functions shapes it (ExecutedVersion, Payload, SdkHttpMetadata,
/// SdkResponseMetadata, StatusCode).
/// </summary>
internal sealed class LambdaInvokeResource(string arn, string? constantFunctionName) : TaskResource(arn)
{
    private static readonly HashSet<string> ParameterNames =
        ["FunctionName", "Payload", "InvocationType", "Qualifier", "ClientContext", "LogType"];

    public override bool TakesInputAsPayload => constantFunctionName is not null;

    public static LambdaInvokeResource Create(string arn, FieldReader state)
    {
        var parameters = state.OptionalObject("Parameters") ?? throw state.Error($"field 'Parameters' with a FunctionName is required by '{arn}'");
        foreach (var (key, _) in parameters)
        {
            var name = key.EndsWith(".$", StringComparison.Ordinal) ? key[..^2] : key;
            if (!ParameterNames.Contains(name))
            {
                throw state.Error($"field 'Parameters': '{key}' is not a parameter of '{arn}' (expected {string.Join(", ", ParameterNames)})");
            }
        }

        if (!parameters.ContainsKey("FunctionName") && !parameters.ContainsKey("FunctionName.$"))
        {
            throw state.Error($"field 'Parameters': 'FunctionName' is required by '{arn}'");
        }

        // The shape CDK's LambdaInvoke emits: the whole (InputPath-selected) input is the payload.
        var hasConstantName = JsonScalar.TryGetString(parameters["FunctionName"], out var function);
        var isStandardShape = parameters.Count == 2 && hasConstantName
            && JsonScalar.TryGetString(parameters["Payload.$"], out var payloadPath) && payloadPath == "$";
        return new LambdaInvokeResource(arn, isStandardShape ? function : null);
    }

    public override async ValueTask<StepResult> InvokeAsync(JsonNode? parameters, StateContext context, bool payloadOnly, CancellationToken cancellationToken)
    {
        string function;
        JsonNode? payload;
        var invocationType = "RequestResponse";
        if (constantFunctionName is not null)
        {
            function = constantFunctionName;
            payload = parameters;
        }
        else
        {
            var fields = parameters as JsonObject;
            if (!JsonScalar.TryGetString(fields?["FunctionName"], out function))
            {
                return StepResult.Failure(StatesError.Runtime, DataPath.RuntimeCause(context.StateName, "The parameter 'FunctionName' must be a string."));
            }

            payload = fields!.TryGetPropertyValue("Payload", out var given) ? given : new JsonObject();
            if (fields.TryGetPropertyValue("InvocationType", out var type) && JsonScalar.TryGetString(type, out var typeName))
            {
                invocationType = typeName;
            }
        }

        return invocationType switch
        {
            "RequestResponse" => await RequestResponseAsync(function, payload, context, payloadOnly, cancellationToken),
            "Event" => Accepted(function, payload, context, 202),
            "DryRun" => StepResult.Success(Response(null, 0, 204, context)),
            _ => StepResult.Failure(StatesError.Runtime, DataPath.RuntimeCause(context.StateName,
                $"InvocationType '{invocationType}' is not one of RequestResponse, Event, DryRun.")),
        };
    }

    private static async ValueTask<StepResult> RequestResponseAsync(string function, JsonNode? payload, StateContext context, bool payloadOnly, CancellationToken cancellationToken)
    {
        var call = await LambdaCall.InvokeAsync(function, payload, context, cancellationToken);
        if (call.Error is { } error)
        {
            return StepResult.Failure(error);
        }

        return payloadOnly
            ? StepResult.Success(call.Payload, sizeChecked: true)
            : StepResult.Success(Response(call.Payload, call.ByteCount, 200, context));
    }

    /// <summary>An asynchronous invocation: queued, not awaited; its outcome is not reported back, as in AWS.</summary>
    private static StepResult Accepted(string function, JsonNode? payload, StateContext context, int statusCode)
    {
        var invoker = context.Scope.Options.Lambda;
        if (invoker is null)
        {
            return StepResult.Failure(LambdaErrors.NoInvoker(function));
        }

        byte[] bytes;
        using (var request = JsonPayload.Write(payload))
        {
            bytes = request.Bytes.ToArray();
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await invoker.InvokeAsync(function, bytes, CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Asynchronous invocation errors go to the function's own failure destination, not the caller.
            }
        });
        return StepResult.Success(Response(JsonValue.Create(string.Empty), 0, statusCode, context));
    }

    private static JsonObject Response(JsonNode? payload, int byteCount, int statusCode, StateContext context)
    {
        var scope = context.Scope;
        var output = new JsonObject
        {
            ["ExecutedVersion"] = "$LATEST",
            ["Payload"] = payload,
        };
        SdkMetadata.Add(output, scope.Random.NewUuid(), scope.Time.GetUtcNow(), byteCount, "application/json", statusCode,
            ("X-Amz-Executed-Version", "$LATEST"), ("x-amzn-Remapped-Content-Length", "0"));
        output["StatusCode"] = statusCode;
        return output;
    }
}
