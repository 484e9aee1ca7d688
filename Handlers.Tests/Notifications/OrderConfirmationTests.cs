using OrderEvents.Handlers.Notifications;
using OrderEvents.Handlers.Orders;
using OrderEvents.Handlers.Payments;
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

    [Fact]
    public void Body_ListsTheLinesTotalAndPayment()
    {
        var order = new Order
        {
            Status = OrderStatus.PaymentProcessed,
            OrderId = "ORD-1",
            Customer = "jane@example.com",
            Items = [new OrderLine("BOOK-042", 2, 12.5m), new OrderLine("MUG-007", 1, 9.99m)],
            Currency = "EUR",
            Total = 34.99m,
            Payment = new PaymentDetails("Charged", 34.99m, "EUR", "ch_1", Invocations.Now),
        };

        var body = OrderConfirmation.Body(order);

        Assert.Equal(
            "Hello jane@example.com,\n\nThank you for your order ORD-1. It has been confirmed.\n"
            + "\nItems:\n  - 2 x BOOK-042 at 12.5 EUR\n  - 1 x MUG-007 at 9.99 EUR\n"
            + "\nTotal: 34.99 EUR\nPayment: Charged (reference ch_1)\n\nOrderEvents\n",
            body);
    }

    [Fact]
    public void Body_OfAShortOrderAfterALongOne_HoldsOnlyItsOwnText()
    {
        var longOrder = new Order
        {
            Status = OrderStatus.PaymentProcessed,
            OrderId = "ORD-LONG",
            Customer = "a@example.com",
            Items = [.. Enumerable.Range(1, 50).Select(i => new OrderLine($"SKU-{i}", i, 1m))],
        };
        var shortOrder = new Order { Status = OrderStatus.PaymentProcessed, OrderId = "ORD-2", Customer = "b@example.com", Total = 5m };

        _ = OrderConfirmation.Body(longOrder);
        var body = OrderConfirmation.Body(shortOrder);

        Assert.Equal("Hello b@example.com,\n\nThank you for your order ORD-2. It has been confirmed.\n\nTotal: 5\n\nOrderEvents\n", body);
    }
}
