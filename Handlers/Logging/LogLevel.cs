namespace OrderEvents.Handlers.Logging;

/// <summary>Severity of one log line, written as <c>INFO</c>, <c>WARN</c> or <c>ERROR</c> like Lambda's JSON log format.</summary>
public enum LogLevel
{
    Info,
    Warn,
    Error,
}
