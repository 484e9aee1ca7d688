namespace OrderEvents.Local.EventBridge.Entries;

/// <summary>The <c>--entries</c> argument could not be read or is not a valid entries list.</summary>
public sealed class EntriesFileException : Exception
{
    public EntriesFileException(string message)
        : base(message)
    {
    }

    public EntriesFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
