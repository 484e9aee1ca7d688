using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Logging;
using OrderEvents.Handlers.Orders;
using OrderEvents.Handlers.Serialization;

namespace OrderEvents.Handlers.Notifications;

/// <summary>
/// NotifyCustomer: publishes the order confirmation to the topic in <c>TOPIC_ARN</c>, logs it (customer
/// masked) and returns the order with a <c>notification</c> block.
/// </summary>
public sealed class NotifyCustomerHandler(INotificationPublisher publisher, string? topicArn, StructuredLog log) : IFunctionHandler
{
    public string Name => FunctionNames.NotifyCustomer;

    public async ValueTask<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var order = HandlerJson.ReadOrder(payload, Name);
        if (string.IsNullOrEmpty(topicArn))
        {
            throw new ConfigurationException($"{FunctionSettings.TopicArnVariable} is not set.");
        }

        var notification = OrderConfirmation.Compose(order, topicArn);
        var messageId = await publisher.PublishAsync(notification, cancellationToken);
        if (log.IsEnabled)
        {
            log.Write(LogLevel.Info, "Customer notified", context.RequestId,
                LogField.String("orderId", order.OrderId),
                LogField.String("customer", EmailMask.Mask(order.Customer)),
                LogField.String("subject", notification.Subject),
                LogField.String("messageId", messageId),
                LogField.String("topicArn", topicArn));
        }

        return HandlerJson.Write(order with
        {
            Status = OrderStatus.CustomerNotified,
            Notification = new NotificationDetails(messageId, topicArn),
        });
    }
}
