namespace OrderEvents.Handlers.Logging;

/// <summary>Writes each line followed by <c>\n</c> to a stream (stdout in Lambda, where CloudWatch Logs collects it).</summary>
public sealed class StreamLogSink(Stream stream) : ILogSink
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly Lock _gate = new();

    /// <summary>A sink on the process's standard output.</summary>
    public static StreamLogSink StandardOutput() => new(Console.OpenStandardOutput());

    public bool IsEnabled => true;

    public void WriteLine(ReadOnlySpan<byte> utf8Json)
    {
        // One write per line under a lock so lines from concurrent invocations never interleave.
        lock (_gate)
        {
            stream.Write(utf8Json);
            stream.Write(NewLine);
            stream.Flush();
        }
    }
}
