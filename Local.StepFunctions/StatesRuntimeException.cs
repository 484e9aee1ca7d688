namespace OrderEvents.Local.StepFunctions;

/// <summary>
/// A state failed while evaluating (a path that selects nothing, a failing intrinsic, a result that cannot
/// be placed). The engine turns it into the <see cref="StatesError"/> that Retry and Catch see.
/// </summary>
public sealed class StatesRuntimeException(string error, string cause) : Exception(cause)
{
    public string Error { get; } = error;

    public string Cause { get; } = cause;

    public StatesError ToStatesError() => new(Error, Cause);
}
