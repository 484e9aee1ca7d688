namespace OrderEvents.Local.EventBridge.Patterns;

/// <summary>The event given to TestEventPattern is not a usable EventBridge event.</summary>
public sealed class InvalidTestEventException : Exception
{
    public InvalidTestEventException(string reason)
        : base($"Parameter Event is not valid. Reason: {reason}")
    {
    }

    public InvalidTestEventException(string reason, Exception innerException)
        : base($"Parameter Event is not valid. Reason: {reason}", innerException)
    {
    }
}
