using System.Text.Json.Nodes;
using OrderEvents.Local.OrderFlow;
using OrderEvents.Local.Tests.Cli;

namespace OrderEvents.Local.Tests.EndToEnd;

/// <summary>
/// A working directory outside the repository (the command finds the workflow files from its own
/// location) with its own outbox, and helpers to write entries files and read the JSON result.
/// </summary>
internal sealed class EndToEndFixture : IDisposable
{
    public const string ValidDetail = """{"orderId":"ORD-7","customer":"jane.doe@example.com","items":[{"sku":"BOOK-1","quantity":2,"unitPrice":12.5}],"currency":"EUR","total":25}""";

    private readonly TempDirectory _directory = new();

    public static string RepositoryRoot { get; } = RepositoryFiles.Locate(AppContext.BaseDirectory).Root;

    public string WorkingDirectory => _directory.Path;

    public string Outbox => Path.Combine(_directory.Path, "outbox");

    public string[] OutboxFiles => Directory.Exists(Outbox) ? Directory.GetFiles(Outbox, "*.eml") : [];

    public static string Entry(string detailJson, string source = "orderevents.orders", string detailType = "OrderPlaced") =>
        new JsonObject
        {
            ["Source"] = source,
            ["DetailType"] = detailType,
            ["Detail"] = detailJson,
            ["EventBusName"] = "order-events",
        }.ToJsonString();

    /// <summary>Writes an entries file and returns its <c>file://</c> argument.</summary>
    public string EntriesFile(params string[] entries)
    {
        var name = $"entries-{Guid.NewGuid():N}.json";
        _directory.Write(name, $"[{string.Join(',', entries)}]");
        return $"file://{name}";
    }

    public Task<CliResult> PutEventsAsync(string entriesArgument, params string[] options) =>
        CliRunner.RunAsync(WorkingDirectory, ["put-events", "--entries", entriesArgument, "--outbox", Outbox, .. options]);

    public void Dispose() => _directory.Dispose();
}

/// <summary>Reading the <c>put-events --json</c> document.</summary>
internal static class PutEventsJson
{
    public static JsonObject Parse(CliResult result) => JsonNode.Parse(result.Out)!.AsObject();

    /// <summary>The single execution started by entry <paramref name="entry"/>.</summary>
    public static JsonObject Execution(JsonObject document, int entry = 0) =>
        document["Entries"]![entry]!["Rules"]![0]!["Executions"]![0]!.AsObject();

    public static string[] StateNames(JsonObject execution) =>
        [.. execution["States"]!.AsArray().Select(s => (string)s!["Name"]!)];

    public static JsonObject State(JsonObject execution, string name) =>
        execution["States"]!.AsArray().Single(s => (string?)s!["Name"] == name)!.AsObject();
}
