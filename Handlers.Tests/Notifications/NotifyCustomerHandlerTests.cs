using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Notifications;
using OrderEvents.Handlers.Tests.Support;

namespace OrderEvents.Handlers.Tests.Notifications;

public sealed class NotifyCustomerHandlerTests
{
    private const string PaidOrder = """
        {"status":"Payment Processed","orderId":"ORD-1001","customer":"jane.doe@example.com",
         "items":[{"sku":"BOOK-42","quantity":2,"unitPrice":19.99},{"sku":"MUG-7","quantity":1,"unitPrice":19.99}],
         "currency":"EUR","total":59.97,"eventId":"e-1",
         "payment":{"status":"Charged","amount":59.97,"currency":"EUR","reference":"ch_0123456789abcdef","processedAt":"2026-03-14T09:26:54+00:00"}}
        """;

    private readonly CapturingLogSink _log = new();
    private readonly CapturingPublisher _publisher = new();

    [Fact]
    public async Task PaidOrder_IsPublishedToTheTopic_AndReturnedWithTheNotification()
    {
        var order = await Invocations.InvokeAsync(Handler(), PaidOrder);

        var published = Assert.Single(_publisher.Published);
        Assert.Equal(Invocations.TopicArn, published.TopicArn);
        Assert.Equal("Customer Notified", order.GetProperty("status").GetString());
        Assert.Equal("message-1", order.GetProperty("notification").GetProperty("messageId").GetString());
        Assert.Equal(Invocations.TopicArn, order.GetProperty("notification").GetProperty("topicArn").GetString());
        Assert.Equal("ch_0123456789abcdef", order.GetProperty("payment").GetProperty("reference").GetString());
    }

    [Fact]
    public async Task Message_HasAOneLineSubject_AReadableBody_AndAttributes()
    {
        await Invocations.InvokeAsync(Handler(), PaidOrder);

        var published = Assert.Single(_publisher.Published);
        Assert.Equal("Order ORD-1001 confirmed", published.Subject);
        Assert.Equal(
            """
            Hello jane.doe@example.com,

            Thank you for your order ORD-1001. It has been confirmed.

            Items:
              - 2 x BOOK-42 at 19.99 EUR
              - 1 x MUG-7 at 19.99 EUR

            Total: 59.97 EUR
            Payment: Charged (reference ch_0123456789abcdef)

            OrderEvents

            """.ReplaceLineEndings("\n"),
            published.Message);
        Assert.Equal("ORD-1001", published.Attributes["orderId"]);
        Assert.Equal("Order Confirmed", published.Attributes["status"]);
        Assert.Equal("example.com", published.Attributes["customerDomain"]);
    }

    [Fact]
    public async Task LogLine_MasksTheCustomer()
    {
        await Invocations.InvokeAsync(Handler(), PaidOrder);

        var line = _log.Single("Customer notified");
        var fields = line.GetProperty("fields");
        Assert.Equal("j***@example.com", fields.GetProperty("customer").GetString());
        Assert.Equal("message-1", fields.GetProperty("messageId").GetString());
        Assert.Equal("ORD-1001", fields.GetProperty("orderId").GetString());
        Assert.DoesNotContain("jane.doe@example.com", string.Join('\n', _log.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinimalOrder_GetsABodyWithoutItemsOrTotal()
    {
        await Invocations.InvokeAsync(Handler(), """{"status":"Payment Processed","orderId":"12345","customer":"example@example.com"}""");

        var message = Assert.Single(_publisher.Published).Message;
        Assert.Contains("Thank you for your order 12345.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Total", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Items", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingTopicArn_FailsClearly_WithoutPublishing()
    {
        var dependencies = Invocations.Dependencies(publisher: _publisher) with { Settings = FunctionSettings.Default };
        var handler = FunctionCatalog.Create(FunctionNames.NotifyCustomer, dependencies);

        var error = await Assert.ThrowsAsync<ConfigurationException>(async () => await Invocations.InvokeAsync(handler, PaidOrder));

        Assert.Equal("InvalidConfiguration", error.ErrorType);
        Assert.Equal("TOPIC_ARN is not set.", error.Message);
        Assert.Empty(_publisher.Published);
    }

    [Fact]
    public async Task PublisherFailure_IsTheInvocationsError()
    {
        var dependencies = Invocations.Dependencies() with { NotificationPublisher = new UnavailableNotificationPublisher("TOPIC_ARN is not set.") };
        var handler = FunctionCatalog.Create(FunctionNames.NotifyCustomer, dependencies);

        var error = await Assert.ThrowsAsync<ConfigurationException>(async () => await Invocations.InvokeAsync(handler, PaidOrder));
        Assert.Equal("TOPIC_ARN is not set.", error.Message);
    }

    private IFunctionHandler Handler() =>
        FunctionCatalog.Create(FunctionNames.NotifyCustomer, Invocations.Dependencies(log: _log, publisher: _publisher));
}
