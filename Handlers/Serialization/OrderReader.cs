using System.Text.Json;
using OrderEvents.Handlers.Notifications;
using OrderEvents.Handlers.Orders;
using OrderEvents.Handlers.Payments;

namespace OrderEvents.Handlers.Serialization;

/// <summary>
/// Reads an <see cref="Order"/> in the shape <see cref="HandlerJson.Write"/> produces, in one forward pass. The
/// generated deserializer builds records through their constructors, which costs several times more. Anything
/// else (a null, a repeated or missing field, a wrong type, malformed JSON) is declined, so the generated
/// deserializer decides it and reports its own error.
/// </summary>
internal static class OrderReader
{
    public static Order? TryRead(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            var order = reader.Read() ? ReadOrder(ref reader) : null;
            return order is not null && !reader.Read() ? order : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Order? ReadOrder(ref Utf8JsonReader reader)
    {
        var fields = new FieldSet(ref reader);
        string? status = null, orderId = null, customer = null, currency = null, eventId = null, eventTime = null;
        decimal? total = null;
        List<OrderLine>? items = null;
        PaymentDetails? payment = null;
        NotificationDetails? notification = null;
        while (fields.Next(ref reader, out var name))
        {
            var known = name switch
            {
                OrderField.Status => FieldSet.Text(ref reader, out status),
                OrderField.OrderId => FieldSet.Text(ref reader, out orderId),
                OrderField.Customer => FieldSet.Text(ref reader, out customer),
                OrderField.Items => ReadLines(ref reader, out items),
                OrderField.Currency => FieldSet.Text(ref reader, out currency),
                OrderField.Total => FieldSet.Number(ref reader, out total),
                OrderField.EventId => FieldSet.Text(ref reader, out eventId),
                OrderField.EventTime => FieldSet.Text(ref reader, out eventTime),
                OrderField.Payment => ReadPayment(ref reader, out payment),
                OrderField.Notification => ReadNotification(ref reader, out notification),
                _ => FieldSet.Skip(ref reader),
            };
            if (!known)
            {
                return null;
            }
        }

        return fields.Complete && status is not null && orderId is not null && customer is not null
            ? new Order
            {
                Status = status, OrderId = orderId, Customer = customer, Items = items, Currency = currency, Total = total,
                EventId = eventId, EventTime = eventTime, Payment = payment, Notification = notification,
            }
            : null;
    }

    private static bool ReadLines(ref Utf8JsonReader reader, out List<OrderLine>? lines)
    {
        lines = null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var read = new List<OrderLine>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (ReadLine(ref reader) is not { } line)
            {
                return false;
            }

            read.Add(line);
        }

        lines = read;
        return true;
    }

    private static OrderLine? ReadLine(ref Utf8JsonReader reader)
    {
        var fields = new FieldSet(ref reader);
        string? sku = null;
        int? quantity = null;
        decimal? unitPrice = null;
        while (fields.Next(ref reader, out var name))
        {
            var known = name switch
            {
                OrderField.Sku => FieldSet.Text(ref reader, out sku),
                OrderField.Quantity => FieldSet.Whole(ref reader, out quantity),
                OrderField.UnitPrice => FieldSet.Number(ref reader, out unitPrice),
                _ => FieldSet.Skip(ref reader),
            };
            if (!known)
            {
                return null;
            }
        }

        return fields.Complete && sku is not null && quantity is { } q && unitPrice is { } p ? new OrderLine(sku, q, p) : null;
    }

    private static bool ReadPayment(ref Utf8JsonReader reader, out PaymentDetails? payment)
    {
        payment = null;
        var fields = new FieldSet(ref reader);
        string? status = null, currency = null, reference = null;
        decimal? amount = null;
        DateTimeOffset? processedAt = null;
        while (fields.Next(ref reader, out var name))
        {
            var known = name switch
            {
                OrderField.Status => FieldSet.Text(ref reader, out status),
                OrderField.Currency => FieldSet.Text(ref reader, out currency),
                OrderField.Amount => FieldSet.Number(ref reader, out amount),
                OrderField.Reference => FieldSet.Text(ref reader, out reference),
                OrderField.ProcessedAt => FieldSet.Time(ref reader, out processedAt),
                _ => FieldSet.Skip(ref reader),
            };
            if (!known)
            {
                return false;
            }
        }

        payment = fields.Complete && status is not null && processedAt is { } when
            ? new PaymentDetails(status, amount, currency, reference, when)
            : null;
        return payment is not null;
    }

    private static bool ReadNotification(ref Utf8JsonReader reader, out NotificationDetails? notification)
    {
        notification = null;
        var fields = new FieldSet(ref reader);
        string? messageId = null, topicArn = null;
        while (fields.Next(ref reader, out var name))
        {
            var known = name switch
            {
                OrderField.MessageId => FieldSet.Text(ref reader, out messageId),
                OrderField.TopicArn => FieldSet.Text(ref reader, out topicArn),
                _ => FieldSet.Skip(ref reader),
            };
            if (!known)
            {
                return false;
            }
        }

        notification = fields.Complete && messageId is not null && topicArn is not null ? new NotificationDetails(messageId, topicArn) : null;
        return notification is not null;
    }
}
