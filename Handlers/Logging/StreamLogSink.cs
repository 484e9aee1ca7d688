using System.Buffers;

namespace OrderEvents.Handlers.Logging;

/// <summary>Writes each line followed by <c>\n</c> to a stream (stdout in Lambda, where CloudWatch Logs collects it).</summary>
public sealed class StreamLogSink(Stream stream) : ILogSink
{
    private readonly Lock _gate = new();

    /// <summary>A sink on the process's standard output.</summary>
    public static StreamLogSink StandardOutput() => new(Console.OpenStandardOutput());

    public bool IsEnabled => true;

    public void WriteLine(ReadOnlySpan<byte> utf8Json)
    {
        // The line and its newline in one write, under a lock, so lines from concurrent invocations never
        // interleave and a reader of the stream never sees a line without its end.
        var buffer = ArrayPool<byte>.Shared.Rent(utf8Json.Length + 1);
        try
        {
            utf8Json.CopyTo(buffer);
            buffer[utf8Json.Length] = (byte)'\n';
            lock (_gate)
            {
                stream.Write(buffer, 0, utf8Json.Length + 1);
                stream.Flush();
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
