using System.Collections.Concurrent;
using System.Text.Json;
using OrderEvents.Handlers.Logging;

namespace OrderEvents.Handlers.Tests.Support;

/// <summary>Keeps every log line for assertions.</summary>
internal sealed class CapturingLogSink : ILogSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public bool IsEnabled => true;

    public IReadOnlyList<string> Lines => [.. _lines];

    public void WriteLine(ReadOnlySpan<byte> utf8Json) => _lines.Enqueue(System.Text.Encoding.UTF8.GetString(utf8Json));

    /// <summary>The single line whose message is <paramref name="message"/>, parsed.</summary>
    public JsonElement Single(string message)
    {
        var matches = Lines.Select(line => JsonDocument.Parse(line).RootElement)
            .Where(line => line.GetProperty("message").GetString() == message)
            .ToList();
        return Assert.Single(matches);
    }
}
