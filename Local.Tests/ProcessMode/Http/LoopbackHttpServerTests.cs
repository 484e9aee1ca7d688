using System.Net;
using System.Net.Sockets;
using System.Text;
using OrderEvents.Local.ProcessMode.Http;

namespace OrderEvents.Local.Tests.ProcessMode.Http;

/// <summary>Talks raw HTTP/1.1 to the server, so framing is checked byte for byte.</summary>
public sealed class LoopbackHttpServerTests : IDisposable
{
    private const int MaxBody = 1024;
    private readonly LoopbackHttpServer server = LoopbackHttpServer.Start(Echo, MaxBody);

    public void Dispose() => server.Dispose();

    [Fact]
    public void PipelinedRequests_AreAnsweredInOrder_OnOneConnection()
    {
        var answer = Exchange(
            "POST /first HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
            + "GET /second?q=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        var first = answer.IndexOf("POST /first abc", StringComparison.Ordinal);
        var second = answer.IndexOf("GET /second ", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, answer);
        Assert.Equal(2, CountOf(answer, "HTTP/1.1 200 OK\r\n"));
    }

    [Fact]
    public void AChunkedBody_IsDecoded()
    {
        var answer = Exchange("POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n");

        Assert.Contains("POST /c abcde", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpectContinue_GetsAnInterimAnswerBeforeTheBody()
    {
        var answer = Exchange("POST /e HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");

        Assert.StartsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK", answer, StringComparison.Ordinal);
        Assert.Contains("POST /e ok", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NONSENSE\r\n\r\n")]
    [InlineData("GET /x HTTP/2\r\n\r\n")]
    [InlineData("GET /x HTTP/1.1\r\nno colon here\r\n\r\n")]
    [InlineData("POST /x HTTP/1.1\r\nContent-Length: ten\r\n\r\n")]
    [InlineData("POST /x HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n")]
    [InlineData("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")]
    public void AMalformedRequest_IsAnswered400_AndTheConnectionCloses(string request)
    {
        var answer = Exchange(request);

        Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", answer, StringComparison.Ordinal);
        Assert.Contains("Connection: close", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeadLargerThanTheLimit_IsAnswered431()
    {
        // Exactly the limit and no blank line yet: the server has read everything sent when it answers.
        const string start = "GET /x HTTP/1.1\r\nX-Big: ";
        var answer = Exchange(start + new string('a', HttpRequestReader.MaxHeadBytes - start.Length));

        Assert.StartsWith("HTTP/1.1 431 ", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void ABodyOverTheLimit_IsNotRead_AndTheHandlerIsTold()
    {
        var answer = Exchange($"POST /big HTTP/1.1\r\nContent-Length: {MaxBody + 1}\r\n\r\n");

        Assert.Contains("POST /big (too large)", answer, StringComparison.Ordinal);
        Assert.Contains("Connection: close", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void AChunkedBodyOverTheLimit_IsNotKept()
    {
        var chunk = new string('a', MaxBody);
        var answer = Exchange($"POST /big HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n{MaxBody:x}\r\n{chunk}\r\n1\r\nb\r\n0\r\n\r\n");

        Assert.Contains("POST /big (too large)", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailingHandler_IsAnswered500_AndTheConnectionGoesOn()
    {
        var answer = Exchange("GET /fail HTTP/1.1\r\n\r\nGET /after HTTP/1.1\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 500 Internal Server Error\r\n", answer, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: handler failed", answer, StringComparison.Ordinal);
        Assert.Contains("GET /after ", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSentCallback_RunsAfterTheAnswerWasWritten()
    {
        using var sent = new ManualResetEventSlim();
        using var withCallback = LoopbackHttpServer.Start(
            _ => LoopbackHttpResponse.Json(202, "{}"u8.ToArray()) with { Sent = sent.Set }, MaxBody);

        var answer = Exchange(withCallback, "POST /r HTTP/1.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 202 Accepted\r\n", answer, StringComparison.Ordinal);
        Assert.True(sent.Wait(TimeSpan.FromSeconds(10)));
    }

    private static LoopbackHttpResponse Echo(LoopbackHttpRequest request)
    {
        if (request.Path == "/fail")
        {
            throw new InvalidOperationException("handler failed");
        }

        var body = request.BodyTooLarge ? "(too large)" : Encoding.UTF8.GetString(request.Body);
        return LoopbackHttpResponse.Text(200, "text/plain", $"{request.Method} {request.Path} {body}");
    }

    private string Exchange(string request) => Exchange(server, request);

    /// <summary>Sends the bytes and reads until the server closes the connection.</summary>
    private static string Exchange(LoopbackHttpServer target, string request)
    {
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 10_000 };
        client.Connect(IPEndPoint.Parse(target.Address));
        client.Send(Encoding.ASCII.GetBytes(request));
        var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int n;
            while ((n = client.Receive(buffer)) > 0)
            {
                received.Write(buffer, 0, n);
            }
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
        {
            // A server that closes without reading everything sent may reset; what it answered first was read.
        }

        return Encoding.ASCII.GetString(received.ToArray());
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
