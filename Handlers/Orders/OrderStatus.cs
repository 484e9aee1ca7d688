namespace OrderEvents.Handlers.Orders;

/// <summary>The <c>status</c> an order carries after each step of the workflow.</summary>
public static class OrderStatus
{
    public const string Validated = "Order Validated";

    public const string PaymentProcessed = "Payment Processed";

    public const string CustomerNotified = "Customer Notified";
}
