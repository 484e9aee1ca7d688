namespace OrderEvents.Local.EventBridge.Patterns;

/// <summary>
/// An event pattern EventBridge would reject. <see cref="Reason"/> is the short cause in AWS's words
/// (e.g. "Empty arrays are not allowed"); the message adds where in the pattern it was found.
/// </summary>
public sealed class InvalidEventPatternException : Exception
{
    public InvalidEventPatternException(string reason)
        : base($"Event pattern is not valid. Reason: {reason}")
    {
        Reason = reason;
    }

    public InvalidEventPatternException(string reason, long line, long column)
        : base($"Event pattern is not valid. Reason: {reason} at [line: {line}, column: {column}]")
    {
        Reason = reason;
        Line = line;
        Column = column;
    }

    public InvalidEventPatternException(string reason, Exception innerException)
        : base($"Event pattern is not valid. Reason: {reason}", innerException)
    {
        Reason = reason;
    }

    public string Reason { get; }

    /// <summary>1-based line of the offending token, when known.</summary>
    public long? Line { get; }

    /// <summary>1-based column (in UTF-8 bytes) of the offending token, when known.</summary>
    public long? Column { get; }
}
