using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Tasks;

/// <summary>How Lambda failures reach Retry and Catch.</summary>
internal static class LambdaErrors
{
    /// <summary>A function error: Error is its errorType, Cause its error payload as compact JSON.</summary>
    public static StatesError FromFunction(LambdaFunctionError error)
    {
        var trace = new JsonArray();
        foreach (var line in error.StackTrace)
        {
            trace.Add((JsonNode)JsonValue.Create(line));
        }

        var cause = new JsonObject
        {
            ["errorMessage"] = error.ErrorMessage,
            ["errorType"] = error.ErrorType,
            ["stackTrace"] = trace,
        };
        return new StatesError(error.ErrorType, JsonPayload.ToText(cause));
    }

    public static StatesError FromService(LambdaServiceException exception) => new(exception.Error, exception.Cause);

    /// <summary>An invoker that failed in an unexpected way is reported as Lambda reports a crashed function.</summary>
    public static StatesError FromUnexpected(Exception exception) => new("Lambda.Unknown", exception.Message);

    public static StatesError NoInvoker(string resource) => new(StatesError.Runtime,
        $"The resource '{resource}' needs a Lambda invoker, but none was given (ExecutionOptions.Lambda).");

    public static StatesError UnreadableResult(string function, JsonException exception) => new(StatesError.Runtime,
        $"The function '{function}' returned a payload that is not JSON: {exception.Message}");
}
