namespace OrderEvents.Local.Sns;

/// <summary>
/// A Publish or Subscribe call that SNS rejects. <see cref="Code"/> is the SNS error code
/// (<c>NotFound</c>, <c>InvalidParameter</c>); the subclass names match the AWS SDK's exception names,
/// which is what a Lambda handler's <c>errorType</c> reports when it lets one escape.
/// </summary>
public abstract class SnsException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The topic does not exist (HTTP 404, code <c>NotFound</c>).</summary>
public sealed class NotFoundException(string message) : SnsException("NotFound", message);

/// <summary>A parameter is invalid (HTTP 400, code <c>InvalidParameter</c>).</summary>
public sealed class InvalidParameterException(string message) : SnsException("InvalidParameter", message);
