namespace OrderEvents.Local.EventBridge.Bus;

/// <summary>The whole PutEvents call was refused (e.g. more than 10 entries); no entry was processed.</summary>
public sealed class PutEventsRequestException : Exception
{
    public PutEventsRequestException(string message)
        : base(message)
    {
    }

    public PutEventsRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
