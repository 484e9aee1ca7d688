using System.Text;
using Microsoft.Extensions.Time.Testing;
using OrderEvents.Handlers.Logging;
using OrderEvents.Handlers.Tests.Support;

namespace OrderEvents.Handlers.Tests.Logging;

public sealed class StructuredLogTests
{
    private readonly FakeTimeProvider _time = new(Invocations.Now.AddMilliseconds(123));

    [Fact]
    public void Line_HasLevelTimestampMessageFunctionRequestIdAndFields_InThatOrder()
    {
        var sink = new CapturingLogSink();
        var log = new StructuredLog(sink, _time, "ProcessPayment");

        log.Write(LogLevel.Info, "Payment charged", "req-1",
            LogField.String("orderId", "o1"),
            LogField.Decimal("amount", 12.50m),
            LogField.Boolean("repeat", false),
            LogField.String("reference", null),
            LogField.List("problems", ["a", "b \"quoted\""]));

        Assert.Equal(
            """{"level":"INFO","timestamp":"2026-03-14T09:26:53.123Z","message":"Payment charged","function":"ProcessPayment","requestId":"req-1","fields":{"orderId":"o1","amount":12.50,"repeat":false,"reference":null,"problems":["a","b \"quoted\""]}}""",
            Assert.Single(sink.Lines));
    }

    [Theory]
    [InlineData(LogLevel.Warn, "WARN")]
    [InlineData(LogLevel.Error, "ERROR")]
    public void Levels_AreWrittenInCapitals(LogLevel level, string expected)
    {
        var sink = new CapturingLogSink();

        new StructuredLog(sink, _time, "f").Write(level, "m", null);

        Assert.Contains($"\"level\":\"{expected}\"", Assert.Single(sink.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public void NonAsciiText_StaysReadable()
    {
        var sink = new CapturingLogSink();

        new StructuredLog(sink, _time, "f").Write(LogLevel.Info, "Commande reçue", null, LogField.String("sku", "Tasse <€>"));

        Assert.Contains("Commande reçue", sink.Lines[0], StringComparison.Ordinal);
        Assert.Contains("Tasse <€>", sink.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void DisabledSink_IsNeverWrittenTo()
    {
        var sink = new DisabledSink();

        new StructuredLog(sink, _time, "f").Write(LogLevel.Error, "m", "r", LogField.String("k", "v"));

        Assert.Equal(0, sink.Writes);
    }

    [Fact]
    public void StreamSink_WritesOneNewlineTerminatedLinePerEntry()
    {
        using var stream = new MemoryStream();
        var log = new StructuredLog(new StreamLogSink(stream), _time, "f");

        log.Write(LogLevel.Info, "one", null);
        log.Write(LogLevel.Info, "two", null);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"message\":\"one\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"message\":\"two\"", lines[1], StringComparison.Ordinal);
        Assert.Equal("", lines[2]);
    }

    [Fact]
    public async Task ConcurrentWriters_ProduceWholeLines()
    {
        using var stream = new MemoryStream();
        var log = new StructuredLog(new StreamLogSink(stream), _time, "f");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 250; i++)
            {
                log.Write(LogLevel.Info, $"writer {w} line {i}", null, LogField.String("padding", new string('x', 100)));
            }
        })));

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1000, lines.Length);
        Assert.All(lines, line => System.Text.Json.JsonDocument.Parse(line).Dispose());
    }

    private sealed class DisabledSink : ILogSink
    {
        public int Writes { get; private set; }

        public bool IsEnabled => false;

        public void WriteLine(ReadOnlySpan<byte> utf8Json) => Writes++;
    }
}
