using OrderEvents.Local.Sns;

namespace OrderEvents.Local.Tests.Sns;

public sealed class PublishValidationTests : IDisposable
{
    private readonly TopicFixture _fixture = new();
    private readonly string _topicArn;

    public PublishValidationTests() => _topicArn = _fixture.Topics.CreateTopic("orders");

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Message_ExactlyTheLimit_IsAccepted()
    {
        var message = new string('x', 262_144);

        var result = _fixture.Topics.Publish(new PublishRequest(_topicArn, message));

        Assert.Equal(message.Length, result.Message.Body.Length);
    }

    [Fact]
    public void Message_OneByteOverTheLimit_IsRejected()
    {
        var error = Assert.Throws<InvalidParameterException>(() =>
            _fixture.Topics.Publish(new PublishRequest(_topicArn, new string('x', 262_145))));

        Assert.Equal("Invalid parameter: Message too long", error.Message);
    }

    [Fact]
    public void Message_LimitCountsUtf8BytesNotCharacters()
    {
        // 131,073 two-byte characters are 262,146 bytes.
        Assert.Throws<InvalidParameterException>(() =>
            _fixture.Topics.Publish(new PublishRequest(_topicArn, new string('é', 131_073))));
    }

    [Fact]
    public void Message_LimitIncludesAttributes()
    {
        var attributes = new Dictionary<string, string> { ["k"] = "v" };

        Assert.Throws<InvalidParameterException>(() =>
            _fixture.Topics.Publish(new PublishRequest(_topicArn, new string('x', 262_144), null, attributes)));
    }

    [Fact]
    public void Message_Empty_IsRejected()
    {
        var error = Assert.Throws<InvalidParameterException>(() => _fixture.Topics.Publish(new PublishRequest(_topicArn, string.Empty)));
        Assert.Equal("Invalid parameter: Empty message", error.Message);
    }

    [Fact]
    public void Subject_Of99Characters_IsAccepted()
    {
        var result = _fixture.Topics.Publish(new PublishRequest(_topicArn, "body", new string('s', 99)));
        Assert.Equal(99, result.Message.Subject!.Length);
    }

    [Theory]
    [InlineData(100, "")]
    [InlineData(0, "")]
    [InlineData(5, "\n")]
    [InlineData(5, "\r")]
    [InlineData(5, "\t")]
    public void Subject_TooLongEmptyOrWithControlCharacters_IsRejected(int length, string suffix)
    {
        var subject = new string('s', length) + suffix;

        var error = Assert.Throws<InvalidParameterException>(() => _fixture.Topics.Publish(new PublishRequest(_topicArn, "body", subject)));

        Assert.StartsWith("Invalid parameter: Subject", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_WithEmptyValue_IsRejectedNamingIt()
    {
        var attributes = new Dictionary<string, string> { ["status"] = string.Empty };

        var error = Assert.Throws<InvalidParameterException>(() =>
            _fixture.Topics.Publish(new PublishRequest(_topicArn, "body", null, attributes)));

        Assert.Contains("'status'", error.Message, StringComparison.Ordinal);
    }
}
