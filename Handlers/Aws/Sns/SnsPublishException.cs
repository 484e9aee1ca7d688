using OrderEvents.Handlers.Hosting;

namespace OrderEvents.Handlers.Aws.Sns;

/// <summary>
/// A publish that failed for good. <see cref="FunctionException.ErrorType"/> is <c>SNS.</c> followed by
/// <see cref="Code"/>, which is either the SNS error code (<c>NotFound</c>, <c>InvalidParameter</c>,
/// <c>AuthorizationError</c>, <c>Throttling</c>, <c>InternalError</c>, ...) or one of the client's own codes:
/// <list type="bullet">
/// <item><c>InvalidParameter</c> also for a notification rejected before sending (the answer SNS would give);</item>
/// <item><c>Unreachable</c>: no HTTP response after every attempt (connection refused, DNS, timeout);</item>
/// <item><c>MalformedResponse</c>: the response is not the documented XML document.</item>
/// </list>
/// </summary>
public sealed class SnsPublishException : FunctionException
{
    public const string InvalidParameter = "InvalidParameter";
    public const string Unreachable = "Unreachable";
    public const string MalformedResponse = "MalformedResponse";

    public SnsPublishException(string code, string message, int? statusCode = null, int attempts = 0)
        : base("SNS." + code, message)
    {
        Code = code;
        StatusCode = statusCode;
        Attempts = attempts;
    }

    public SnsPublishException(string code, string message, int attempts, Exception innerException)
        : base("SNS." + code, message, innerException)
    {
        Code = code;
        Attempts = attempts;
    }

    /// <summary>The SNS error code, or one of the client codes above.</summary>
    public string Code { get; }

    /// <summary>The HTTP status of the last response, when there was one.</summary>
    public int? StatusCode { get; }

    /// <summary>How many requests were sent (0 when rejected before sending).</summary>
    public int Attempts { get; }
}
