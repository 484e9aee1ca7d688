namespace OrderEvents.Handlers.Hosting;

/// <summary>What the runtime knows about one invocation.</summary>
/// <param name="RequestId">The Lambda request id (<c>Lambda-Runtime-Aws-Request-Id</c>).</param>
/// <param name="InvokedFunctionArn">The ARN the caller used.</param>
/// <param name="Deadline">When the function times out; the cancellation token fires then.</param>
/// <param name="TraceId">The X-Ray trace header, if any.</param>
public sealed record InvocationContext(
    string RequestId,
    string FunctionName,
    string InvokedFunctionArn,
    DateTimeOffset Deadline,
    string? TraceId = null);
