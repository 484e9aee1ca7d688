namespace OrderEvents.Cdk.Configuration;

/// <summary>A context value the user passed is not acceptable; the message says which and why.</summary>
public sealed class StackSettingsException : Exception
{
    public StackSettingsException()
    {
    }

    public StackSettingsException(string message)
        : base(message)
    {
    }

    public StackSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
