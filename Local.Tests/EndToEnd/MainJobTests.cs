using System.Text.Json.Nodes;
using OrderEvents.Local.Tests.Cli;

namespace OrderEvents.Local.Tests.EndToEnd;

/// <summary>The README's main job, <c>put-events --entries file://events/order-placed.json</c>, and its human output.</summary>
public sealed class MainJobTests : IDisposable
{
    private readonly EndToEndFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task SampleEvent_FromTheRepository_RunsTheWholeFlow_AndPrintsAReadableReport()
    {
        var result = await CliRunner.RunAsync(
            EndToEndFixture.RepositoryRoot,
            "put-events", "--entries", "file://events/order-placed.json", "--seed", "5", "--decline-rate", "0", "--outbox", _fixture.Outbox);

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        var lines = result.Out.Split('\n');
        Assert.Equal("bus order-events · seed 5 · decline rate 0", lines[0]);
        Assert.Matches(@"^Entry 1  accepted  event [0-9a-f-]{36}$", lines[2]);
        Assert.Equal("  rule      OrderPlacedRule → arn:aws:states:us-east-1:123456789012:stateMachine:OrderWorkflow", lines[3]);
        Assert.StartsWith("  execution arn:aws:states:us-east-1:123456789012:", lines[4], StringComparison.Ordinal);
        Assert.Matches(@"^    ✓ ValidateOrder   +[\d.]+ m?s  → \{", lines[5]);
        Assert.Matches(@"^    ✓ ProcessPayment  +[\d.]+ m?s  → \{", lines[6]);
        Assert.Matches(@"^    ✓ NotifyCustomer  +[\d.]+ m?s  → \{", lines[7]);
        Assert.Matches(@"^    ✓ OrderCompleted  ", lines[8]);
        Assert.Matches(@"^  status    SUCCEEDED in [\d.]+ m?s$", lines[9]);
        Assert.Matches(@"^  sns       order-notifications: "".+"" \(message [0-9a-f-]{36}\)$", lines[10]);
        var file = Assert.Single(_fixture.OutboxFiles);
        Assert.Equal($"            → email customer@example.com  {file}", lines[11]);
        Assert.Equal($"1 entry: 1 accepted, 0 rejected · 1 execution (1 succeeded) · 1 e-mail in {_fixture.Outbox}/", lines[13]);
    }

    [Fact]
    public async Task DefaultOutbox_IsUnderTheWorkingDirectory_AndShownRelativeToIt()
    {
        var entries = _fixture.EntriesFile(EndToEndFixture.Entry(EndToEndFixture.ValidDetail));

        var result = await CliRunner.RunAsync(_fixture.WorkingDirectory, "put-events", "--entries", entries, "--decline-rate", "0");

        var file = Assert.Single(Directory.GetFiles(Path.Combine(_fixture.WorkingDirectory, ".outbox")));
        Assert.Contains($"→ email customer@example.com  .outbox/{Path.GetFileName(file)}\n", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("1 e-mail in .outbox/\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutSeed_TheChosenSeedIsPrinted_SoTheRunCanBeReplayed()
    {
        var entries = _fixture.EntriesFile(EndToEndFixture.Entry(EndToEndFixture.ValidDetail));

        var first = await _fixture.PutEventsAsync(entries, "--json");
        var replay = await _fixture.PutEventsAsync(entries, "--json", "--seed", "4242");

        Assert.Equal(4242, (int)PutEventsJson.Parse(first)["Seed"]!);
        Assert.Equal(
            (string?)PutEventsJson.Parse(first)["Entries"]![0]!["EventId"],
            (string?)PutEventsJson.Parse(replay)["Entries"]![0]!["EventId"]);
    }

    [Fact]
    public async Task RejectedEntry_FailsAlone_TheOthersRun_AndTheExitCodeSaysSo()
    {
        var entries = _fixture.EntriesFile(
            EndToEndFixture.Entry(EndToEndFixture.ValidDetail),
            EndToEndFixture.Entry("not json"),
            EndToEndFixture.Entry(EndToEndFixture.ValidDetail.Replace("ORD-7", "ORD-8", StringComparison.Ordinal)));

        var result = await _fixture.PutEventsAsync(entries, "--decline-rate", "0", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("orderevents-local: put-events: 1 of 3 entries rejected (see ErrorCode/ErrorMessage above)", Assert.Single(result.ErrorLines));
        var document = PutEventsJson.Parse(result);
        Assert.Equal(1, (int)document["FailedEntryCount"]!);
        Assert.Equal("MalformedDetail", (string?)document["Entries"]![1]!["ErrorCode"]);
        Assert.Equal("SUCCEEDED", (string?)PutEventsJson.Execution(document, 0)["Status"]);
        Assert.Equal("SUCCEEDED", (string?)PutEventsJson.Execution(document, 2)["Status"]);
        Assert.Equal(2, _fixture.OutboxFiles.Length);
    }

    [Fact]
    public async Task EventTheRuleDoesNotMatch_IsAcceptedAndRunsNothing()
    {
        var entries = _fixture.EntriesFile(EndToEndFixture.Entry(EndToEndFixture.ValidDetail, detailType: "OrderShipped"));

        var text = await _fixture.PutEventsAsync(entries);
        var json = await _fixture.PutEventsAsync(entries, "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("  rule      no rule matched; nothing ran\n", text.Out, StringComparison.Ordinal);
        Assert.Empty(PutEventsJson.Parse(json)["Entries"]![0]!["Rules"]!.AsArray());
    }

    [Fact]
    public async Task JsonOutput_IsOneDocumentWithThePutEventsResponseShape()
    {
        var result = await _fixture.PutEventsAsync(_fixture.EntriesFile(EndToEndFixture.Entry(EndToEndFixture.ValidDetail)), "--json", "--decline-rate", "0");

        var document = JsonNode.Parse(result.Out)!.AsObject();
        Assert.Equal(["FailedEntryCount", "Entries", "Seed", "DeclineRate", "Outbox"], document.Select(p => p.Key));
        var execution = PutEventsJson.Execution(document);
        Assert.Equal(
            ["ExecutionArn", "Status", "StartDate", "StopDate", "Output", "States", "Notifications"],
            execution.Select(p => p.Key));
    }
}
