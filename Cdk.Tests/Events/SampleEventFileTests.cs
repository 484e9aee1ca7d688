using System.Text;
using System.Text.Json;
using OrderEvents.Cdk.Configuration;

namespace OrderEvents.Cdk.Tests.Events;

/// <summary>
/// The files in events/ must work as they are with <c>aws events put-events --entries file://...</c>
/// against the deployed stack: the PutEvents entry shape and limits, this stack's bus, and the rule's pattern.
/// </summary>
public sealed class SampleEventFileTests
{
    private static readonly RepositoryLayout Layout = RepositoryLayout.FindFrom(AppContext.BaseDirectory);

    private static IEnumerable<string> FileNames =>
        Directory.GetFiles(Path.Combine(Layout.Root, "events"), "*.json").Select(f => Path.GetFileName(f));

    public static TheoryData<string> Files => [.. FileNames];

    [Fact]
    public void Folder_HoldsTheDocumentedSamples()
    {
        Assert.Equal(
            ["order-invalid.json", "order-placed-minimal.json", "order-placed.json", "orders-batch.json"],
            FileNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EventFile_IsAPutEventsEntryListForThisStacksBusAndRule(string file)
    {
        using var pattern = JsonDocument.Parse(File.ReadAllText(Layout.RulePatternFile));
        var sources = pattern.RootElement.GetProperty("source").EnumerateArray().Select(s => s.GetString()).ToList();
        var detailTypes = pattern.RootElement.GetProperty("detail-type").EnumerateArray().Select(s => s.GetString()).ToList();

        var entries = Entries(file);

        Assert.InRange(entries.Count, 1, 10);
        foreach (var entry in entries)
        {
            Assert.Equal(["Detail", "DetailType", "EventBusName", "Source"], entry.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Contains(entry.GetProperty("Source").GetString(), sources);
            Assert.Contains(entry.GetProperty("DetailType").GetString(), detailTypes);
            Assert.Equal(StackSettings.DefaultEventBusName, entry.GetProperty("EventBusName").GetString());

            var detail = entry.GetProperty("Detail").GetString()!;
            using var parsed = JsonDocument.Parse(detail);
            Assert.Equal(JsonValueKind.Object, parsed.RootElement.ValueKind);
            Assert.True(Encoding.UTF8.GetByteCount(detail) < 256 * 1024);
        }
    }

    [Fact]
    public void MinimalFile_CarriesTheOriginalSampleDetailVerbatim()
    {
        var entry = Assert.Single(Entries("order-placed-minimal.json"));

        Assert.Equal("""{"orderId": "12345", "customer": "example@example.com"}""", entry.GetProperty("Detail").GetString());
    }

    [Fact]
    public void FullOrderFile_HasItemsCurrencyAndATotalEqualToTheLines()
    {
        using var detail = JsonDocument.Parse(Assert.Single(Entries("order-placed.json")).GetProperty("Detail").GetString()!);
        var order = detail.RootElement;
        var lines = order.GetProperty("items").EnumerateArray()
            .Sum(i => i.GetProperty("quantity").GetDecimal() * i.GetProperty("unitPrice").GetDecimal());

        Assert.Equal(3, order.GetProperty("currency").GetString()!.Length);
        Assert.Equal(lines, order.GetProperty("total").GetDecimal());
    }

    [Fact]
    public void BatchFile_HoldsSeveralDistinctOrders()
    {
        var orderIds = Entries("orders-batch.json")
            .Select(e => JsonDocument.Parse(e.GetProperty("Detail").GetString()!).RootElement.GetProperty("orderId").GetString())
            .ToList();

        Assert.InRange(orderIds.Count, 2, 10);
        Assert.Equal(orderIds.Count, orderIds.Distinct().Count());
    }

    private static List<JsonElement> Entries(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Layout.Root, "events", file)));
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
