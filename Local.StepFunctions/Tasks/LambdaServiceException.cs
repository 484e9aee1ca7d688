namespace OrderEvents.Local.StepFunctions.Tasks;

/// <summary>
/// The Lambda service could not run the function; <see cref="Error"/> is the Step Functions error name,
/// e.g. <c>Lambda.ResourceNotFoundException</c>, <c>Lambda.Unknown</c> (crash, out of memory) or
/// <c>States.Timeout</c>.
/// </summary>
public sealed class LambdaServiceException(string error, string cause) : Exception(cause)
{
    public string Error { get; } = error;

    public string Cause { get; } = cause;
}
