namespace OrderEvents.Local.StepFunctions.Tasks;

/// <summary>The outcome of one function invocation: a UTF-8 JSON payload, or a function error.</summary>
public sealed record LambdaInvocationResult
{
    private LambdaInvocationResult(byte[]? payload, LambdaFunctionError? error)
    {
        Payload = payload;
        Error = error;
    }

    /// <summary>The function's JSON result when it succeeded.</summary>
    public byte[]? Payload { get; }

    /// <summary>The function's error when it failed (Lambda's <c>X-Amz-Function-Error: Unhandled</c>).</summary>
    public LambdaFunctionError? Error { get; }

    public static LambdaInvocationResult Success(byte[] payload) => new(payload, null);

    public static LambdaInvocationResult Failure(LambdaFunctionError error) => new(null, error);
}

/// <summary>A function error as the Lambda runtime reports it: <c>{errorMessage, errorType, stackTrace}</c>.</summary>
public sealed record LambdaFunctionError(string ErrorType, string ErrorMessage, IReadOnlyList<string> StackTrace);
