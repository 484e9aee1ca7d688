using System.Text;
using System.Text.Json;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Serialization;

namespace OrderEvents.Handlers.Tests.Serialization;

public sealed class OrderReaderTests
{
    private const string Paid = """
        {"status":"Customer Notified","orderId":"ORD-1","customer":"jane@example.com",
         "items":[{"sku":"BOOK-42","quantity":2,"unitPrice":19.99},{"sku":"MUG-7","quantity":1,"unitPrice":0.5}],
         "currency":"EUR","total":40.48,"eventId":"e-1","eventTime":"2026-03-14T09:26:54Z",
         "payment":{"status":"Charged","amount":40.48,"currency":"EUR","reference":"ch_1","processedAt":"2026-03-14T09:26:54.5+01:00"},
         "notification":{"messageId":"m-1","topicArn":"arn:aws:sns:us-east-1:123456789012:t"}}
        """;

    public static TheoryData<string> ReadableOrders => new()
    {
        Paid,
        """{"status":"Order Validated","orderId":"ORD-2","customer":"a@b.co"}""",
        """{"extra":{"nested":[1,{"x":null}]},"status":"s","orderId":"o","customer":"c","items":[],"total":1e2}""",
        """{"status":"s","orderId":"o","customer":"c","payment":{"status":"Declined","processedAt":"2026-01-01T00:00:00+00:00"}}""",
        """ {"status":"s\u00e9","orderId":"o\"1","customer":"c"} """,
    };

    public static TheoryData<string> DeclinedOrders => new()
    {
        """{"status":"s","orderId":"o","orderId":"p","customer":"c"}""",
        """{"status":"s","orderId":"o","customer":"c","currency":null}""",
        """{"status":"s","\u006frderId":"o","customer":"c"}""",
        """{"status":"s","orderId":"o"}""",
        """{"status":"s","orderId":"o","customer":"c","items":[{"sku":"a","quantity":2.5,"unitPrice":1}]}""",
        """{"status":"s","orderId":"o","customer":"c","items":[null]}""",
        """{"status":"s","orderId":"o","customer":"c","total":"12"}""",
        """{"status":"s","orderId":"o","customer":"c","payment":{"status":"Charged"}}""",
        """{"status":"s","orderId":"o","customer":"c"} {}""",
        """{"status":"s","orderId":"o","customer":""",
        """null""",
        """[]""",
    };

    [Theory]
    [MemberData(nameof(ReadableOrders))]
    public void TryRead_OfTheWrittenShape_ReadsWhatTheGeneratedDeserializerReads(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        var fast = OrderReader.TryRead(bytes);

        Assert.NotNull(fast);
        var generated = JsonSerializer.Deserialize(bytes, HandlerJson.Context.Order)!;
        Assert.Equal(HandlerJson.Write(generated), HandlerJson.Write(fast));
    }

    [Theory]
    [MemberData(nameof(DeclinedOrders))]
    public void TryRead_OfAnyOtherShape_DeclinesSoTheGeneratedDeserializerDecides(string json)
    {
        Assert.Null(OrderReader.TryRead(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [MemberData(nameof(DeclinedOrders))]
    public void ReadOrder_OfADeclinedShape_GivesTheGeneratedDeserializersResultOrError(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        string expected;
        try
        {
            var generated = JsonSerializer.Deserialize(bytes, HandlerJson.Context.Order);
            expected = generated is null ? "null" : Encoding.UTF8.GetString(HandlerJson.Write(generated));
        }
        catch (JsonException ex)
        {
            expected = ex.Message;
        }

        string actual;
        try
        {
            actual = Encoding.UTF8.GetString(HandlerJson.Write(HandlerJson.ReadOrder(bytes, "ProcessPayment")));
        }
        catch (FunctionException ex)
        {
            Assert.Equal(HandlerJson.InvalidInput, ex.ErrorType);
            actual = expected == "null" ? "null" : ((JsonException)ex.InnerException!).Message;
        }

        Assert.Equal(expected, actual);
    }
}
