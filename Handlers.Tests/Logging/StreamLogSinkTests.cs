using System.Text;
using OrderEvents.Handlers.Logging;

namespace OrderEvents.Handlers.Tests.Logging;

public sealed class StreamLogSinkTests
{
    [Fact]
    public void WriteLine_WritesTheLineAndItsNewlineInOneWrite()
    {
        var stream = new WriteRecordingStream();
        var sink = new StreamLogSink(stream);

        sink.WriteLine("""{"message":"first"}"""u8);
        sink.WriteLine("""{"message":"second"}"""u8);

        Assert.Equal(["{\"message\":\"first\"}\n", "{\"message\":\"second\"}\n"], stream.Writes);
    }

    [Fact]
    public async Task ConcurrentWriters_NeverInterleaveLines()
    {
        var stream = new WriteRecordingStream();
        var sink = new StreamLogSink(stream);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(writer => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                sink.WriteLine(Encoding.UTF8.GetBytes($$"""{"writer":{{writer}},"line":{{i}},"padding":"{{new string('x', 200)}}"}"""));
            }
        })));

        var lines = string.Concat(stream.Writes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2000, lines.Length);
        Assert.All(lines, line => Assert.Matches("""^\{"writer":\d,"line":\d+,"padding":"x{200}"\}$""", line));
    }

    /// <summary>Records each <c>Write</c> call as its own string.</summary>
    private sealed class WriteRecordingStream : Stream
    {
        private readonly List<string> _writes = [];

        public IReadOnlyList<string> Writes
        {
            get
            {
                lock (_writes)
                {
                    return [.. _writes];
                }
            }
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            lock (_writes)
            {
                _writes.Add(Encoding.UTF8.GetString(buffer));
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
