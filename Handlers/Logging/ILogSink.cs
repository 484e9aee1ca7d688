namespace OrderEvents.Handlers.Logging;

/// <summary>Where finished JSON log lines go: stdout in Lambda, a capture in tests, anything in the local runtime.</summary>
/// <remarks>Implementations must be thread-safe; handlers log from concurrent invocations.</remarks>
public interface ILogSink
{
    /// <summary>False when lines are discarded; callers then skip building them, which keeps logging nearly free.</summary>
    bool IsEnabled { get; }

    /// <summary>Writes one complete JSON object (UTF-8, without the trailing newline).</summary>
    void WriteLine(ReadOnlySpan<byte> utf8Json);
}
