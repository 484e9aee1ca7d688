using System.Text;
using OrderEvents.Handlers.Logging;

namespace OrderEvents.Local.Cli.Output;

/// <summary>Writes the functions' JSON log lines to a text writer (stderr for <c>--function-logs -</c>).</summary>
internal sealed class TextLogSink(TextWriter writer) : ILogSink
{
    private readonly Lock _gate = new();

    public bool IsEnabled => true;

    public void WriteLine(ReadOnlySpan<byte> utf8Json)
    {
        var line = Encoding.UTF8.GetString(utf8Json);
        lock (_gate)
        {
            writer.WriteLine(line);
        }
    }
}
