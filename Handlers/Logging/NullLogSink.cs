namespace OrderEvents.Handlers.Logging;

/// <summary>Discards every line; <see cref="StructuredLog"/> then does no formatting at all.</summary>
public sealed class NullLogSink : ILogSink
{
    public static NullLogSink Instance { get; } = new();

    private NullLogSink()
    {
    }

    public bool IsEnabled => false;

    public void WriteLine(ReadOnlySpan<byte> utf8Json)
    {
    }
}
