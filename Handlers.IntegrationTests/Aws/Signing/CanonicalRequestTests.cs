using OrderEvents.Handlers.Aws.Signing;

namespace OrderEvents.Handlers.IntegrationTests.Aws.Signing;

public sealed class CanonicalRequestTests
{
    // The "get-vanilla-query-order-key-case" shape of the AWS SigV4 test suite.
    [Fact]
    public void Create_QueryAndHeaders_SortsEncodesAndCollapsesWhitespace()
    {
        var canonical = CanonicalRequest.Create(
            "get",
            new Uri("https://example.amazonaws.com/?Param2=value2&Param1=value%201"),
            [new("X-Amz-Date", "20150830T123600Z"), new("Host", "example.amazonaws.com"), new("My-Header", "  a   b  c ")],
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

        Assert.Equal(
            "GET\n/\nParam1=value%201&Param2=value2\nhost:example.amazonaws.com\nmy-header:a b c\nx-amz-date:20150830T123600Z\n\n"
            + "host;my-header;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            canonical.Text);
        Assert.Equal("host;my-header;x-amz-date", canonical.SignedHeaders);
    }

    [Fact]
    public void Create_PathWithEncodedCharacters_EncodesEachSegmentAgain()
    {
        var canonical = CanonicalRequest.Create("POST", new Uri("http://localhost:4566/base/a%20b/"), [new("host", "localhost:4566")], "x");

        Assert.StartsWith("POST\n/base/a%2520b/\n\n", canonical.Text, StringComparison.Ordinal);
    }
}
