namespace OrderEvents.Handlers.Hosting;

/// <summary>
/// An expected function failure with a stable error type (for example <c>InvalidOrder</c> or
/// <c>PaymentDeclined</c>) that state machine Retry and Catch rules match on.
/// </summary>
public class FunctionException : Exception
{
    public FunctionException(string errorType, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(errorType);
        ErrorType = errorType;
    }

    public FunctionException(string errorType, string message, Exception innerException)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(errorType);
        ErrorType = errorType;
    }

    /// <summary>The Lambda <c>errorType</c>.</summary>
    public string ErrorType { get; }
}
