namespace OrderEvents.Local.StepFunctions;

/// <summary>
/// The definition would be rejected by CreateStateMachine. The message names the state and the field,
/// e.g. <c>State 'Charge': Next 'Missing' does not name a state</c>.
/// </summary>
// Not sealed: path and template parse errors derive from it so every definition error is caught as one type.
public class InvalidDefinitionException : Exception
{
    public InvalidDefinitionException(string message)
        : base(message)
    {
    }

    public InvalidDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
