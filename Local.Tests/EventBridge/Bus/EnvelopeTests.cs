using System.Text.Json;
using static OrderEvents.Local.Tests.EventBridge.Bus.BusFixtures;

namespace OrderEvents.Local.Tests.EventBridge.Bus;

public sealed class EnvelopeTests
{
    [Fact]
    public async Task Envelope_HasAwsKeysInAwsOrder_WithTheEntryFieldsAndBusIdentity()
    {
        var entry = OrderPlaced("""{"orderId": "o-1", "items": [{"sku": "A", "qty": 2}]}""") with
        {
            Resources = ["arn:aws:dynamodb:us-east-1:123456789012:table/orders"],
        };

        var result = await NewBus().PutEventsAsync([entry]);

        var envelope = Assert.Single(result.Entries).Envelope!;
        Assert.Equal(
            """{"version":"0","id":"00000000-0000-4000-8000-000000000001","detail-type":"OrderPlaced","source":"orderevents.orders","account":"123456789012","time":"2022-07-13T13:48:01Z","region":"us-east-1","resources":["arn:aws:dynamodb:us-east-1:123456789012:table/orders"],"detail":{"orderId":"o-1","items":[{"sku":"A","qty":2}]}}""",
            envelope);
    }

    [Fact]
    public async Task Envelope_KeyOrder_IsVersionIdDetailTypeSourceAccountTimeRegionResourcesDetail()
    {
        var result = await NewBus().PutEventsAsync([OrderPlaced()]);

        using var document = JsonDocument.Parse(Assert.Single(result.Entries).Envelope!);
        Assert.Equal(
            ["version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail"],
            document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("resources").ValueKind);
    }

    [Fact]
    public async Task Envelope_Time_ComesFromTheEntryWhenGiven_InUtcToTheSecond()
    {
        var entry = OrderPlaced() with { Time = new DateTimeOffset(2024, 1, 2, 5, 4, 5, 999, TimeSpan.FromHours(2)) };

        var result = await NewBus().PutEventsAsync([entry]);

        using var document = JsonDocument.Parse(Assert.Single(result.Entries).Envelope!);
        Assert.Equal("2024-01-02T03:04:05Z", document.RootElement.GetProperty("time").GetString());
    }

    [Fact]
    public async Task Envelope_DetailWithUnicodeAndEscapes_IsPreservedAsJson()
    {
        var result = await NewBus().PutEventsAsync([OrderPlaced("""{"name":"Zürich \"HQ\"","emoji":"\ud83d\ude00"}""")]);

        var envelope = Assert.Single(result.Entries).Envelope!;
        using var document = JsonDocument.Parse(envelope);
        var detail = document.RootElement.GetProperty("detail");
        Assert.Contains("Zürich", envelope, StringComparison.Ordinal);
        Assert.Equal("Zürich \"HQ\"", detail.GetProperty("name").GetString());
        Assert.Equal("\U0001F600", detail.GetProperty("emoji").GetString());
    }
}
