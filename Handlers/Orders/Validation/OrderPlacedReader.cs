using System.Text.Json;

namespace OrderEvents.Handlers.Orders.Validation;

/// <summary>
/// Reads an EventBridge envelope and its order detail in one forward pass with <see cref="Utf8JsonReader"/>,
/// keeping each field's JSON kind so that wrong types become specific problems instead of a parse failure.
/// </summary>
internal static class OrderPlacedReader
{
    /// <exception cref="JsonException">The payload is not well-formed JSON.</exception>
    public static OrderDraft Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var draft = new OrderDraft();
        if (!reader.Read())
        {
            throw new JsonException("The payload is empty.");
        }

        draft.EventKind = KindOf(reader.TokenType);
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            ReadEnvelope(ref reader, draft);
        }
        else
        {
            reader.Skip();
        }

        // Reading past the root value makes the reader reject trailing content.
        while (reader.Read())
        {
        }

        return draft;
    }

    private static void ReadEnvelope(ref Utf8JsonReader reader, OrderDraft draft)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("detail-type"u8))
            {
                draft.DetailType = ReadText(ref reader, draft.DetailType, "detail-type", -1, draft.Repeated);
            }
            else if (reader.ValueTextEquals("detail"u8))
            {
                if (draft.DetailKind != JsonValueKind.Undefined)
                {
                    draft.Repeated.Add("detail");
                }

                reader.Read();
                draft.DetailKind = KindOf(reader.TokenType);
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    ReadDetail(ref reader, draft);
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                draft.EventId = ReadText(ref reader, default, "id", -1, draft.Repeated).Value;
            }
            else if (reader.ValueTextEquals("time"u8))
            {
                draft.EventTime = ReadText(ref reader, default, "time", -1, draft.Repeated).Value;
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadDetail(ref Utf8JsonReader reader, OrderDraft draft)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("orderId"u8))
            {
                draft.OrderId = ReadText(ref reader, draft.OrderId, "orderId", -1, draft.Repeated);
            }
            else if (reader.ValueTextEquals("customer"u8))
            {
                draft.Customer = ReadText(ref reader, draft.Customer, "customer", -1, draft.Repeated);
            }
            else if (reader.ValueTextEquals("currency"u8))
            {
                draft.Currency = ReadText(ref reader, draft.Currency, "currency", -1, draft.Repeated);
            }
            else if (reader.ValueTextEquals("total"u8))
            {
                draft.Total = ReadNumber(ref reader, draft.Total, "total", -1, draft.Repeated);
            }
            else if (reader.ValueTextEquals("items"u8))
            {
                ReadItems(ref reader, draft);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadItems(ref Utf8JsonReader reader, OrderDraft draft)
    {
        if (draft.ItemsKind != JsonValueKind.Undefined)
        {
            draft.Repeated.Add("items");
            draft.Items.Clear();
        }

        reader.Read();
        draft.ItemsKind = KindOf(reader.TokenType);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = new LineDraft(KindOf(reader.TokenType));
            draft.Items.Add(line);
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadLine(ref reader, line, draft.Items.Count - 1, draft.Repeated);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadLine(ref Utf8JsonReader reader, LineDraft line, int index, List<string> repeated)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("sku"u8))
            {
                line.Sku = ReadText(ref reader, line.Sku, "sku", index, repeated);
            }
            else if (reader.ValueTextEquals("quantity"u8))
            {
                line.Quantity = ReadNumber(ref reader, line.Quantity, "quantity", index, repeated);
            }
            else if (reader.ValueTextEquals("unitPrice"u8))
            {
                line.UnitPrice = ReadNumber(ref reader, line.UnitPrice, "unitPrice", index, repeated);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static TextField ReadText(ref Utf8JsonReader reader, TextField previous, string name, int index, List<string> repeated)
    {
        NoteRepeat(previous.Kind, name, index, repeated);
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return new TextField(JsonValueKind.String, reader.GetString());
        }

        var kind = KindOf(reader.TokenType);
        reader.Skip();
        return new TextField(kind, null);
    }

    private static NumberField ReadNumber(ref Utf8JsonReader reader, NumberField previous, string name, int index, List<string> repeated)
    {
        NoteRepeat(previous.Kind, name, index, repeated);
        reader.Read();
        if (reader.TokenType == JsonTokenType.Number)
        {
            return new NumberField(JsonValueKind.Number, reader.TryGetDecimal(out var value) ? value : null);
        }

        var kind = KindOf(reader.TokenType);
        reader.Skip();
        return new NumberField(kind, null);
    }

    /// <param name="index">The item's index for a field of <c>items[index]</c>, -1 for a top-level field.</param>
    private static void NoteRepeat(JsonValueKind previous, string name, int index, List<string> repeated)
    {
        if (previous != JsonValueKind.Undefined)
        {
            repeated.Add(index < 0 ? name : $"items[{index}].{name}");
        }
    }

    private static JsonValueKind KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        JsonTokenType.Null => JsonValueKind.Null,
        _ => JsonValueKind.Undefined,
    };
}
