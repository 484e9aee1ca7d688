using OrderEvents.Handlers.Notifications;
using OrderEvents.Handlers.Orders;
using OrderEvents.Handlers.Tests.Support;

namespace OrderEvents.Handlers.Tests.Notifications;

public sealed class OrderConfirmationTests
{
    [Fact]
    public void Subject_StaysUnder100Characters_OnOneLine_ForAnyOrderId()
    {
        var order = new Order { Status = OrderStatus.PaymentProcessed, OrderId = new string('x', 90) + "\nline", Customer = "a@example.com" };

        var subject = OrderConfirmation.Subject(order);

        Assert.True(subject.Length < 100, $"subject has {subject.Length} characters");
        Assert.DoesNotContain('\n', subject);
        Assert.EndsWith("...", subject, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerWithoutDomain_GetsNoDomainAttribute()
    {
        var order = new Order { Status = OrderStatus.PaymentProcessed, OrderId = "o1", Customer = "nobody" };

        var notification = OrderConfirmation.Compose(order, Invocations.TopicArn);

        Assert.False(notification.Attributes.ContainsKey("customerDomain"));
        Assert.Equal(2, notification.Attributes.Count);
    }
}
