using OrderEvents.Handlers.Aws.Sns;
using OrderEvents.Handlers.Notifications;

namespace OrderEvents.Handlers.IntegrationTests.Aws.Sns;

public sealed class NotificationLimitsTests
{
    private const string TopicArn = "arn:aws:sns:us-east-1:123456789012:orders";

    public static TheoryData<string, Notification, string> Rejected() => new()
    {
        { "subject of 100 characters", Valid() with { Subject = new string('a', 100) }, "shorter than 100" },
        { "subject with a line feed", Valid() with { Subject = "Order\nconfirmed" }, "line breaks" },
        { "subject with a carriage return", Valid() with { Subject = "Order\rconfirmed" }, "line breaks" },
        { "subject with a tab", Valid() with { Subject = "Order\tconfirmed" }, "control characters" },
        { "subject with non-ASCII text", Valid() with { Subject = "Bestellung bestätigt" }, "ASCII" },
        { "subject starting with a space", Valid() with { Subject = " Order" }, "begin with" },
        { "message over 256 KB in UTF-8", Valid() with { Message = new string('€', (NotificationLimits.MaxMessageBytes / 3) + 1) }, "bytes in UTF-8" },
        { "empty message", Valid() with { Message = string.Empty }, "must not be empty" },
        { "topic that is not an SNS ARN", Valid() with { TopicArn = "orders" }, "SNS topic ARN" },
        { "reserved attribute prefix", Valid() with { Attributes = new Dictionary<string, string> { ["AWS.trace"] = "x" } }, "AWS.trace" },
        { "attribute name with a space", Valid() with { Attributes = new Dictionary<string, string> { ["order id"] = "x" } }, "order id" },
        { "attribute name with double dots", Valid() with { Attributes = new Dictionary<string, string> { ["a..b"] = "x" } }, "a..b" },
        { "empty attribute value", Valid() with { Attributes = new Dictionary<string, string> { ["orderId"] = string.Empty } }, "non-empty value" },
    };

    public static TheoryData<string, Notification> Accepted() => new()
    {
        { "subject of 99 characters", Valid() with { Subject = new string('a', 99) } },
        { "subject starting with punctuation", Valid() with { Subject = "[orders] #1001 confirmed!" } },
        { "no subject", Valid() with { Subject = string.Empty } },
        { "message of exactly 256 KB", Valid() with { Message = new string('x', NotificationLimits.MaxMessageBytes) } },
        { "multi-line message", Valid() with { Message = "line 1\nline 2\r\nline 3" } },
        { "attribute names with dots, dashes and underscores", Valid() with { Attributes = new Dictionary<string, string> { ["order.id_v-2"] = "x" } } },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Validate_BrokenRule_FailsWithInvalidParameterNamingIt(string rule, Notification notification, string explanation)
    {
        var error = Assert.Throws<SnsPublishException>(() => NotificationLimits.Validate(notification));

        Assert.Equal("SNS.InvalidParameter", error.ErrorType);
        Assert.True(error.Message.Contains(explanation, StringComparison.Ordinal), $"{rule}: {error.Message}");
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Validate_WithinLimits_Passes(string rule, Notification notification)
    {
        var exception = Record.Exception(() => NotificationLimits.Validate(notification));

        Assert.True(exception is null, $"{rule}: {exception?.Message}");
    }

    private static Notification Valid() => new(TopicArn, "Order ord-1 confirmed", "Thanks!", new Dictionary<string, string> { ["orderId"] = "ord-1" });
}
