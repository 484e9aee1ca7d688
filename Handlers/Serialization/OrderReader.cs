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
                0 => FieldSet.Text(ref reader, out status),
                1 => FieldSet.Text(ref reader, out orderId),
                2 => FieldSet.Text(ref reader, out customer),
                3 => ReadLines(ref reader, out items),
                4 => FieldSet.Text(ref reader, out currency),
                5 => FieldSet.Number(ref reader, out total),
                6 => FieldSet.Text(ref reader, out eventId),
                7 => FieldSet.Text(ref reader, out eventTime),
                8 => ReadPayment(ref reader, out payment),
                9 => ReadNotification(ref reader, out notification),
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
                10 => FieldSet.Text(ref reader, out sku),
                11 => FieldSet.Whole(ref reader, out quantity),
                12 => FieldSet.Number(ref reader, out unitPrice),
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
                0 => FieldSet.Text(ref reader, out status),
                4 => FieldSet.Text(ref reader, out currency),
                13 => FieldSet.Number(ref reader, out amount),
                14 => FieldSet.Text(ref reader, out reference),
                15 => FieldSet.Time(ref reader, out processedAt),
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
                16 => FieldSet.Text(ref reader, out messageId),
                17 => FieldSet.Text(ref reader, out topicArn),
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
