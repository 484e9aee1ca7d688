using System.Text.Json;
using OrderEvents.Handlers.Events;
using OrderEvents.Handlers.Serialization;
using OrderEvents.Handlers.Tests.Support;

namespace OrderEvents.Handlers.Tests.Events;

public sealed class EventEnvelopeTests
{
    [Fact]
    public void Envelope_IsWrittenWithAwsKeyNamesInAwsOrder()
    {
        using var detail = JsonDocument.Parse(Invocations.MinimalOrder);
        var envelope = new EventEnvelope
        {
            Id = "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
            DetailType = OrderEventNames.OrderPlaced,
            Source = OrderEventNames.Source,
            Account = "123456789012",
            Time = "2026-03-14T09:26:53Z",
            Region = "eu-west-1",
            Detail = detail.RootElement,
        };

        var json = JsonSerializer.Serialize(envelope, HandlerJson.Context.EventEnvelope);

        Assert.Equal(
            """{"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"OrderPlaced","source":"orderevents.orders","account":"123456789012","time":"2026-03-14T09:26:53Z","region":"eu-west-1","resources":[],"detail":{"orderId":"12345","customer":"example@example.com"}}""",
            json);
    }

    [Fact]
    public void Envelope_ReadsWhatEventBridgeDelivers()
    {
        var envelope = JsonSerializer.Deserialize(Invocations.Envelope(Invocations.FullOrder), HandlerJson.Context.EventEnvelope)!;

        Assert.Equal("OrderPlaced", envelope.DetailType);
        Assert.Equal("orderevents.orders", envelope.Source);
        Assert.Equal("ORD-1001", envelope.Detail.GetProperty("orderId").GetString());
        Assert.Empty(envelope.Resources);
    }
}
