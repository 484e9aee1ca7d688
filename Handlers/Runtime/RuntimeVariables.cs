namespace OrderEvents.Handlers.Runtime;

/// <summary>Environment variables the Lambda service sets for a custom runtime.</summary>
public static class RuntimeVariables
{
    /// <summary><c>host:port</c> of the Runtime API.</summary>
    public const string RuntimeApi = "AWS_LAMBDA_RUNTIME_API";

    /// <summary>Selects the function; one of the FunctionNames.</summary>
    public const string Handler = "_HANDLER";

    public const string FunctionName = "AWS_LAMBDA_FUNCTION_NAME";

    /// <summary>Set by the runtime for each invocation from <c>Lambda-Runtime-Trace-Id</c>; the X-Ray SDKs read it.</summary>
    public const string TraceId = "_X_AMZN_TRACE_ID";
}
