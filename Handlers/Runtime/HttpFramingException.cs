namespace OrderEvents.Handlers.Runtime;

/// <summary>An HTTP/1.1 message that cannot be read: malformed, cut short, or with a head over the limit.</summary>
public sealed class HttpFramingException(string message, bool headTooLarge = false) : IOException(message)
{
    /// <summary>The request or status line and headers exceed the reader's limit.</summary>
    public bool HeadTooLarge { get; } = headTooLarge;
}
