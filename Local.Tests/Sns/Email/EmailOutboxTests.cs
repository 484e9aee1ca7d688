using System.Text;
using System.Text.Json.Nodes;
using OrderEvents.Local.Sns;
using OrderEvents.Local.Sns.Email;

namespace OrderEvents.Local.Tests.Sns.Email;

public sealed class EmailOutboxTests : IDisposable
{
    private readonly TopicFixture _fixture = new();
    private readonly EmailOutbox _outbox;
    private readonly string _topicArn;

    public EmailOutboxTests()
    {
        _outbox = new EmailOutbox(_fixture.OutboxDirectory);
        _topicArn = _fixture.Topics.CreateTopic("order-notifications");
    }

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void EmailSubscription_WritesOneRfc5322FilePerMessage_AndReportsItsPath()
    {
        _fixture.Topics.SubscribeEmail(_topicArn, "customer@example.com", _outbox);

        var result = _fixture.Topics.Publish(new PublishRequest(_topicArn, "Hello Jane,\nyour order 12345 is confirmed.", "Order 12345 confirmed"));

        var delivery = Assert.Single(result.Deliveries);
        Assert.Equal(("email", "customer@example.com"), (delivery.Protocol, delivery.Endpoint));
        Assert.Equal(delivery.Location, Assert.Single(Directory.GetFiles(_fixture.OutboxDirectory)));
        Assert.EndsWith(".eml", delivery.Location, StringComparison.Ordinal);
        var (headers, body) = ReadEml(delivery.Location!);
        Assert.Equal("AWS Notifications <no-reply@sns.amazonaws.com>", headers["From"]);
        Assert.Equal("customer@example.com", headers["To"]);
        Assert.Equal("Order 12345 confirmed", headers["Subject"]);
        Assert.Equal("Wed, 25 Nov 2026 09:30:15 +0000", headers["Date"]);
        Assert.Equal("<00000000-0000-4000-8000-000000000002.00000000-0000-4000-8000-000000000001@sns.local>", headers["Message-ID"]);
        Assert.Equal("text/plain; charset=utf-8", headers["Content-Type"]);
        Assert.Equal("8bit", headers["Content-Transfer-Encoding"]);
        Assert.Equal("Hello Jane,\r\nyour order 12345 is confirmed.\r\n", body);
    }

    [Fact]
    public void EmailFile_UsesCrlfLineEndsThroughout()
    {
        _fixture.Topics.SubscribeEmail(_topicArn, "customer@example.com", _outbox);

        var path = _fixture.Topics.Publish(new PublishRequest(_topicArn, "a\nb\r\nc")).Deliveries[0].Location!;

        var text = File.ReadAllText(path);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Message_WithoutSubject_GetsTheSnsDefaultSubject()
    {
        _fixture.Topics.SubscribeEmail(_topicArn, "customer@example.com", _outbox);

        var path = _fixture.Topics.Publish(new PublishRequest(_topicArn, "body")).Deliveries[0].Location!;

        Assert.Equal("AWS Notification Message", ReadEml(path).Headers["Subject"]);
    }

    [Fact]
    public void NonAsciiSubject_IsAnRfc2047EncodedWord()
    {
        _fixture.Topics.SubscribeEmail(_topicArn, "customer@example.com", _outbox);

        var path = _fixture.Topics.Publish(new PublishRequest(_topicArn, "body", "Commande confirmée")).Deliveries[0].Location!;

        var subject = ReadEml(path).Headers["Subject"];
        Assert.StartsWith("=?utf-8?B?", subject, StringComparison.Ordinal);
        Assert.Equal("Commande confirmée", Encoding.UTF8.GetString(Convert.FromBase64String(subject[10..^2])));
    }

    [Fact]
    public void LineLongerThan998Octets_IsSentBase64Encoded()
    {
        _fixture.Topics.SubscribeEmail(_topicArn, "customer@example.com", _outbox);
        var message = new string('x', 2000);

        var path = _fixture.Topics.Publish(new PublishRequest(_topicArn, message)).Deliveries[0].Location!;

        var (headers, body) = ReadEml(path);
        Assert.Equal("base64", headers["Content-Transfer-Encoding"]);
        Assert.All(body.Split("\r\n"), line => Assert.True(line.Length <= 998));
        Assert.Equal(message, Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", string.Empty, StringComparison.Ordinal))));
    }

    [Fact]
    public void EmailJsonSubscription_ReceivesTheSnsJsonNotification()
    {
        _fixture.Topics.SubscribeEmail(_topicArn, "ops@example.com", _outbox, json: true);
        var attributes = new Dictionary<string, string> { ["orderId"] = "12345" };

        var result = _fixture.Topics.Publish(new PublishRequest(_topicArn, "body text", "Subject", attributes));

        var notification = JsonNode.Parse(ReadEml(result.Deliveries[0].Location!).Body)!.AsObject();
        Assert.Equal("email-json", result.Deliveries[0].Protocol);
        Assert.Equal(
            ["Type", "MessageId", "TopicArn", "Subject", "Message", "Timestamp", "SignatureVersion", "Signature", "SigningCertURL", "UnsubscribeURL", "MessageAttributes"],
            notification.Select(p => p.Key));
        Assert.Equal("Notification", (string?)notification["Type"]);
        Assert.Equal(result.MessageId, (string?)notification["MessageId"]);
        Assert.Equal("body text", (string?)notification["Message"]);
        Assert.Equal("2026-11-25T09:30:15.250Z", (string?)notification["Timestamp"]);
        Assert.Equal("12345", (string?)notification["MessageAttributes"]!["orderId"]!["Value"]);
    }

    [Fact]
    public void TwoRecipients_GetTwoFiles()
    {
        _fixture.Topics.SubscribeEmail(_topicArn, "a@example.com", _outbox);
        _fixture.Topics.SubscribeEmail(_topicArn, "b@example.com", _outbox);

        var result = _fixture.Topics.Publish(new PublishRequest(_topicArn, "body"));

        Assert.Equal(2, Directory.GetFiles(_fixture.OutboxDirectory).Length);
        Assert.Equal(["a@example.com", "b@example.com"], result.Deliveries.Select(d => ReadEml(d.Location!).Headers["To"]));
    }

    [Fact]
    public void SameMessageIdDeliveredAgain_KeepsBothFiles()
    {
        var subscription = _fixture.Topics.SubscribeEmail(_topicArn, "customer@example.com", _outbox);
        var message = new SnsMessage("fixed-id", _topicArn, null, "body", new Dictionary<string, string>(), FixedClock.Instant);

        var first = _outbox.Deliver(message, subscription);
        var second = _outbox.Deliver(message, subscription);

        Assert.NotEqual(first, second);
        Assert.True(File.Exists(first) && File.Exists(second));
    }

    [Fact]
    public void UnwritableOutbox_ReportsTheDeliveryError_AndThePublishStillSucceeds()
    {
        File.WriteAllText(_fixture.OutboxDirectory, "a file where the outbox folder should be");
        try
        {
            _fixture.Topics.SubscribeEmail(_topicArn, "customer@example.com", _outbox);

            var delivery = Assert.Single(_fixture.Topics.Publish(new PublishRequest(_topicArn, "body")).Deliveries);

            Assert.Null(delivery.Location);
            Assert.False(string.IsNullOrEmpty(delivery.Error));
        }
        finally
        {
            File.Delete(_fixture.OutboxDirectory);
        }
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("Jane <jane@example.com>")]
    [InlineData("jane@example.com\r\nBcc: x@example.com")]
    [InlineData("")]
    public void SubscribeEmail_InvalidAddress_IsInvalidParameter(string address)
    {
        Assert.Throws<InvalidParameterException>(() => _fixture.Topics.SubscribeEmail(_topicArn, address, _outbox));
    }

    private static (Dictionary<string, string> Headers, string Body) ReadEml(string path)
    {
        var text = File.ReadAllText(path);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = text[..split].Split("\r\n")
            .Select(line => line.Split(": ", 2))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        return (headers, text[(split + 4)..]);
    }
}
