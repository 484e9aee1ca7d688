using System.Text;
using OrderEvents.Handlers.Aws.Sns;

namespace OrderEvents.Handlers.IntegrationTests.Aws.Sns;

public sealed class SnsResponseReaderTests
{
    [Fact]
    public void ReadMessageId_PublishResponse_ReturnsTheMessageId()
    {
        const string Body = """
            <?xml version="1.0"?>
            <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
              <PublishResult>
                <MessageId>567910cd-659e-55d4-8ccb-5aaf14679dc0</MessageId>
              </PublishResult>
              <ResponseMetadata><RequestId>d74b8436-ae13-5ab4-a9ff-ce54dfea72a0</RequestId></ResponseMetadata>
            </PublishResponse>
            """;

        Assert.Equal("567910cd-659e-55d4-8ccb-5aaf14679dc0", SnsResponseReader.ReadMessageId(Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void ReadError_ErrorResponse_ReturnsTypeCodeMessageAndRequestId()
    {
        const string Body = """
            <ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
              <Error><Type>Sender</Type><Code>NotFound</Code><Message>Topic does not exist</Message></Error>
              <RequestId>9dd01905-5012-5f99-8663-4b3ecd0dfaef</RequestId>
            </ErrorResponse>
            """;

        Assert.Equal(
            new SnsError("Sender", "NotFound", "Topic does not exist", "9dd01905-5012-5f99-8663-4b3ecd0dfaef"),
            SnsResponseReader.ReadError(Encoding.UTF8.GetBytes(Body)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<PublishResponse><PublishResult><MessageId>truncated")]
    [InlineData("<ErrorResponse><Error><Code>NotFound</Code></Error></ErrorResponse>")]
    [InlineData("<!DOCTYPE PublishResponse [<!ENTITY x \"id\">]><PublishResponse><PublishResult><MessageId>&x;</MessageId></PublishResult></PublishResponse>")]
    public void ReadMessageId_AnythingButAPublishResponse_ReturnsNull(string body) =>
        Assert.Null(SnsResponseReader.ReadMessageId(Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData("<PublishResponse><PublishResult><MessageId>m</MessageId></PublishResult></PublishResponse>")]
    [InlineData("<ErrorResponse><Error><Type>Sender</Type></Error></ErrorResponse>")]
    [InlineData("<html>502 Bad Gateway</html>")]
    public void ReadError_AnythingButAnErrorWithACode_ReturnsNull(string body) =>
        Assert.Null(SnsResponseReader.ReadError(Encoding.UTF8.GetBytes(body)));
}
