namespace OrderEvents.Handlers.Aws.Sns;

/// <summary>
/// Which failed Publish calls are worth repeating: throttling (HTTP 429, or a 400 whose code is a throttling code,
/// which is how SNS reports <c>Throttling</c>) and server errors (5xx). Every other 4xx is final.
/// </summary>
public static class SnsRetryRules
{
    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottled",
        "RequestThrottledException",
        "TooManyRequestsException",
        "RequestLimitExceeded",
    };

    public static bool IsRetryable(int statusCode, string? errorCode) =>
        statusCode >= 500 || statusCode == 429 || (errorCode is not null && ThrottlingCodes.Contains(errorCode));
}
