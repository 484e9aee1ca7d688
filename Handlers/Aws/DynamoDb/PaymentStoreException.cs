using OrderEvents.Handlers.Hosting;

namespace OrderEvents.Handlers.Aws.DynamoDb;

/// <summary>
/// The payments table could not be used. Error types: <c>PaymentStoreUnavailable</c> (DynamoDB kept failing or could
/// not be reached after the SDK's retries; safe to retry the invocation) and <c>PaymentClaimLost</c> (the outcome
/// could not be recorded because another invocation took the claim over: the lease is shorter than the charge took).
/// </summary>
public sealed class PaymentStoreException : FunctionException
{
    public const string Unavailable = "PaymentStoreUnavailable";
    public const string ClaimLost = "PaymentClaimLost";

    public PaymentStoreException(string errorType, string message)
        : base(errorType, message)
    {
    }

    public PaymentStoreException(string errorType, string message, Exception innerException)
        : base(errorType, message, innerException)
    {
    }
}
