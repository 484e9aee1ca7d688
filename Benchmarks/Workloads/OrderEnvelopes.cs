using System.Text;
using System.Text.Json.Nodes;

namespace OrderEvents.Benchmarks.Workloads;

/// <summary>
/// OrderPlaced envelopes as the bus delivers them to the workflow, built from the sample entry in
/// <c>events/order-placed.json</c>, each with its own event id and orderId (payments are idempotent per
/// orderId, so a repeated id would measure the replay path instead of a charge).
/// </summary>
internal sealed class OrderEnvelopes
{
    private const string Placeholder = "@@KEY@@";
    private readonly string[] parts;

    private OrderEnvelopes(string[] parts) => this.parts = parts;

    /// <summary>The envelope with the sample's detail and the orderId <c>ORD-{key}</c>.</summary>
    public string Create(string key) => string.Concat(parts[0], key, parts[1], key, parts[2]);

    /// <summary>The same envelope as UTF-8 JSON text, the form in which the bus target starts an execution.</summary>
    public byte[] CreateUtf8(string key) => Encoding.UTF8.GetBytes(Create(key));

    /// <param name="entriesFile">A PutEvents entries file; its first entry's Detail is used.</param>
    public static OrderEnvelopes FromEntriesFile(string entriesFile)
    {
        var entries = JsonNode.Parse(File.ReadAllText(entriesFile))?.AsArray()
            ?? throw new InvalidDataException($"{entriesFile}: expected a JSON array of entries");
        var entry = entries[0]?.AsObject() ?? throw new InvalidDataException($"{entriesFile}: the first entry is not an object");
        var detail = JsonNode.Parse((string?)entry["Detail"] ?? throw new InvalidDataException($"{entriesFile}: the first entry has no Detail"))!.AsObject();
        detail["orderId"] = "ORD-" + Placeholder;
        var envelope = new JsonObject
        {
            ["version"] = "0",
            ["id"] = "bench-" + Placeholder,
            ["detail-type"] = (string?)entry["DetailType"],
            ["source"] = (string?)entry["Source"],
            ["account"] = "123456789012",
            ["time"] = "2026-11-25T10:00:00Z",
            ["region"] = "us-east-1",
            ["resources"] = new JsonArray(),
            ["detail"] = detail,
        };
        return new OrderEnvelopes(envelope.ToJsonString().Split(Placeholder));
    }
}
