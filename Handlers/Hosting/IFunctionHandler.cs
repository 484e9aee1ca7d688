namespace OrderEvents.Handlers.Hosting;

/// <summary>
/// One Lambda function's logic: the raw JSON event in, the raw JSON result out.
/// The Runtime API loop (in AWS) and the local runtime (in-process) both call handlers through this contract.
/// </summary>
/// <remarks>
/// A handler reports an expected failure by throwing <see cref="FunctionException"/>; its
/// <see cref="FunctionException.ErrorType"/> becomes the Lambda <c>errorType</c>, which Step Functions
/// exposes as the state's <c>Error</c>. Any other exception is reported with its type name as errorType.
/// </remarks>
public interface IFunctionHandler
{
    /// <summary>The value of <c>_HANDLER</c> that selects this function, e.g. <c>ValidateOrder</c>.</summary>
    string Name { get; }

    ValueTask<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken cancellationToken);
}
