namespace OrderEvents.Local.StepFunctions.Tasks;

/// <summary>
/// Invokes a Lambda function by name or ARN for Task states (<c>arn:aws:states:::lambda:invoke</c> and
/// direct function ARNs). The local runtime maps function names to in-process handlers or processes.
/// </summary>
public interface ILambdaInvoker
{
    /// <param name="functionName">A function name, a function ARN, or a partial ARN, as written in the definition.</param>
    /// <param name="payload">The UTF-8 JSON event.</param>
    /// <returns>The function's result, or its error (a function error is not an exception).</returns>
    /// <exception cref="LambdaServiceException">The invocation itself failed (unknown function, crash, timeout).</exception>
    ValueTask<LambdaInvocationResult> InvokeAsync(string functionName, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);
}
