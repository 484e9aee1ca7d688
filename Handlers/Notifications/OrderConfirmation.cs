using System.Globalization;
using System.Text;
using OrderEvents.Handlers.Orders;

namespace OrderEvents.Handlers.Notifications;

/// <summary>Composes the customer's confirmation message for a paid order.</summary>
public static class OrderConfirmation
{
    /// <summary>The value of the <c>status</c> message attribute (subscribers may filter on it).</summary>
    public const string Status = "Order Confirmed";

    private const int MaxSubjectLength = 99;

    // An order with many lines makes a long body; such a builder is not kept.
    private const int MaxCachedBuilderCapacity = 16 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_builder;

    public static Notification Compose(Order order, string topicArn)
    {
        ArgumentNullException.ThrowIfNull(order);
        var attributes = new Dictionary<string, string>(3, StringComparer.Ordinal)
        {
            ["orderId"] = order.OrderId,
            ["status"] = Status,
        };
        var at = order.Customer.LastIndexOf('@');
        if (at >= 0 && at < order.Customer.Length - 1)
        {
            attributes["customerDomain"] = order.Customer[(at + 1)..];
        }

        return new Notification(topicArn, Subject(order), Body(order), attributes);
    }

    /// <summary>One line, under 100 characters, as SNS requires.</summary>
    public static string Subject(Order order)
    {
        var subject = $"Order {order.OrderId} confirmed".ReplaceLineEndings(" ");
        return subject.Length <= MaxSubjectLength ? subject : string.Concat(subject.AsSpan(0, MaxSubjectLength - 3), "...");
    }

    public static string Body(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        // One builder per thread, reused: the body is built once per notification and only the final text is kept.
        var text = t_builder ?? new StringBuilder(512);
        t_builder = null;
        text.Clear();
        text.Append("Hello ").Append(order.Customer).Append(",\n\n");
        text.Append("Thank you for your order ").Append(order.OrderId).Append(". It has been confirmed.\n");
        if (order.Items is { Count: > 0 } items)
        {
            text.Append("\nItems:\n");
            foreach (var line in items)
            {
                text.Append("  - ").Append(CultureInfo.InvariantCulture, $"{line.Quantity}")
                    .Append(" x ").Append(line.Sku)
                    .Append(" at ");
                AppendMoney(text, line.UnitPrice, order.Currency).Append('\n');
            }
        }

        if (order.Total is { } total)
        {
            text.Append("\nTotal: ");
            AppendMoney(text, total, order.Currency).Append('\n');
        }

        if (order.Payment is { } payment)
        {
            text.Append("Payment: ").Append(payment.Status);
            if (payment.Reference is { } reference)
            {
                text.Append(" (reference ").Append(reference).Append(')');
            }

            text.Append('\n');
        }

        text.Append("\nOrderEvents\n");
        var body = text.ToString();
        if (text.Capacity <= MaxCachedBuilderCapacity)
        {
            t_builder = text;
        }

        return body;
    }

    private static StringBuilder AppendMoney(StringBuilder text, decimal amount, string? currency)
    {
        text.Append(CultureInfo.InvariantCulture, $"{amount}");
        return currency is null ? text : text.Append(' ').Append(currency);
    }
}
