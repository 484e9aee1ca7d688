using System.Text.Json;

namespace OrderEvents.Handlers.Serialization;

/// <summary>
/// Walks the properties of one JSON object for <see cref="OrderReader"/>: names the known ones by index, and
/// stops early (leaving <see cref="Complete"/> false) on a repeated or escaped name or a value that is not an object.
/// </summary>
internal struct FieldSet
{
    // Every property name of an order and its parts, in the order of OrderField.
    private static readonly byte[][] Names =
    [
        "status"u8.ToArray(), "orderId"u8.ToArray(), "customer"u8.ToArray(), "items"u8.ToArray(), "currency"u8.ToArray(),
        "total"u8.ToArray(), "eventId"u8.ToArray(), "eventTime"u8.ToArray(), "payment"u8.ToArray(), "notification"u8.ToArray(),
        "sku"u8.ToArray(), "quantity"u8.ToArray(), "unitPrice"u8.ToArray(), "amount"u8.ToArray(), "reference"u8.ToArray(),
        "processedAt"u8.ToArray(), "messageId"u8.ToArray(), "topicArn"u8.ToArray(),
    ];

    private readonly bool _isObject;
    private int _seen;

    public FieldSet(ref Utf8JsonReader reader)
    {
        _isObject = reader.TokenType == JsonTokenType.StartObject;
    }

    /// <summary>True once the closing brace was reached with every property read.</summary>
    public bool Complete { get; private set; }

    /// <summary>Moves to the next property's value; <paramref name="field"/> names it (<see cref="OrderField.Unknown"/> for other names).</summary>
    public bool Next(ref Utf8JsonReader reader, out OrderField field)
    {
        field = OrderField.Unknown;
        if (!_isObject || Complete || !reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            Complete = true;
            return false;
        }

        if (reader.ValueIsEscaped)
        {
            return false;
        }

        var name = IndexOf(reader.ValueSpan);
        field = (OrderField)name;
        if (name >= 0)
        {
            if ((_seen & (1 << name)) != 0)
            {
                return false;
            }

            _seen |= 1 << name;
        }

        return reader.Read();
    }

    public static bool Text(ref Utf8JsonReader reader, out string? value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return value is not null;
    }

    public static bool Number(ref Utf8JsonReader reader, out decimal? value)
    {
        value = reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number) ? number : null;
        return value is not null;
    }

    public static bool Whole(ref Utf8JsonReader reader, out int? value)
    {
        value = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) ? number : null;
        return value is not null;
    }

    public static bool Time(ref Utf8JsonReader reader, out DateTimeOffset? value)
    {
        value = reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var time) ? time : null;
        return value is not null;
    }

    public static bool Skip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return true;
    }

    private static int IndexOf(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
