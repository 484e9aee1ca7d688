using System.Text.Json;
using System.Text.Json.Nodes;
using OrderEvents.Benchmarks.Workloads;
using OrderEvents.Local.EventBridge.Patterns;
using OrderEvents.Local.OrderFlow;

namespace OrderEvents.Benchmarks.Tests.Workloads;

public sealed class OrderEnvelopesTests
{
    private static readonly RepositoryFiles Files = RepositoryFiles.Locate(AppContext.BaseDirectory);

    private static OrderEnvelopes Envelopes => OrderEnvelopes.FromEntriesFile(Path.Combine(Files.Root, "events", "order-placed.json"));

    [Fact]
    public void Create_GivesEachKeyItsOwnEventIdAndOrderId()
    {
        var first = JsonNode.Parse(Envelopes.Create("0-1"))!;
        var second = JsonNode.Parse(Envelopes.Create("1-1"))!;

        Assert.Equal("ORD-0-1", (string?)first["detail"]!["orderId"]);
        Assert.Equal("ORD-1-1", (string?)second["detail"]!["orderId"]);
        Assert.NotEqual((string?)first["id"], (string?)second["id"]);
    }

    [Fact]
    public void Create_KeepsTheSampleDetailAndMatchesTheOrderPlacedRule()
    {
        var envelope = Envelopes.Create("7");
        var pattern = EventPattern.Parse(File.ReadAllText(Files.PatternPath));
        using var document = JsonDocument.Parse(envelope);

        Assert.True(pattern.Matches(document.RootElement));
        Assert.Equal("jane.doe@example.com", document.RootElement.GetProperty("detail").GetProperty("customer").GetString());
        Assert.Equal(2, document.RootElement.GetProperty("detail").GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void CreateUtf8_IsTheSameEnvelopeAsUtf8Text()
    {
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Envelopes.Create("3-9")), Envelopes.CreateUtf8("3-9"));
    }
}
