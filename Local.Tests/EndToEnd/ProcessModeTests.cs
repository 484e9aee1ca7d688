using System.Text.Json.Nodes;
using OrderEvents.Local.Tests.Cli;

namespace OrderEvents.Local.Tests.EndToEnd;

/// <summary>
/// put-events with <c>--lambda-mode process</c>: the functions run as the published Native AOT bootstrap
/// behind local Runtime APIs, and every path shows the same trace as in-process mode.
/// </summary>
public sealed class ProcessModeTests : IDisposable
{
    private readonly EndToEndFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    public static TheoryData<string, string, string[], string> Paths => new()
    {
        { EndToEndFixture.ValidDetail, "0", ["ValidateOrder", "ProcessPayment", "NotifyCustomer", "OrderCompleted"], "SUCCEEDED" },
        { EndToEndFixture.ValidDetail, "1", ["ValidateOrder", "ProcessPayment", "RecordPaymentFailure", "PaymentFailure"], "FAILED" },
        { """{"orderId":"ORD-9"}""", "0", ["ValidateOrder", "RecordRejection", "OrderRejected"], "FAILED" },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ProcessMode_FollowsTheSamePathAsInProcessMode(string detail, string declineRate, string[] states, string status)
    {
        var entries = _fixture.EntriesFile(EndToEndFixture.Entry(detail));

        var inProcess = await _fixture.PutEventsAsync(entries, "--decline-rate", declineRate, "--json");
        var process = await _fixture.PutEventsAsync(entries, "--decline-rate", declineRate, "--json", "--lambda-mode", "process");

        foreach (var result in new[] { inProcess, process })
        {
            Assert.Equal(0, result.ExitCode);
            var execution = PutEventsJson.Execution(PutEventsJson.Parse(result));
            Assert.Equal(states, PutEventsJson.StateNames(execution));
            Assert.Equal(status, (string?)execution["Status"]);
        }

        var viaProcess = PutEventsJson.Execution(PutEventsJson.Parse(process));
        var viaInProcess = PutEventsJson.Execution(PutEventsJson.Parse(inProcess));
        Assert.Equal((string?)viaInProcess["Error"], (string?)viaProcess["Error"]);
        Assert.Equal(viaInProcess["Notifications"]!.AsArray().Count, viaProcess["Notifications"]!.AsArray().Count);
    }

    [Fact]
    public async Task ProcessMode_WithASeed_DeclinesTheSameOrdersAsInProcessMode()
    {
        var entries = _fixture.EntriesFile(EndToEndFixture.Entry(EndToEndFixture.ValidDetail));
        var statuses = new List<string?>();
        foreach (var seed in new[] { "1", "2", "3", "4", "5", "6" })
        {
            var inProcess = await _fixture.PutEventsAsync(entries, "--seed", seed, "--decline-rate", "0.5", "--json");
            var process = await _fixture.PutEventsAsync(entries, "--seed", seed, "--decline-rate", "0.5", "--json", "--lambda-mode", "process");

            var expected = (string?)PutEventsJson.Execution(PutEventsJson.Parse(inProcess))["Status"];
            Assert.Equal(expected, (string?)PutEventsJson.Execution(PutEventsJson.Parse(process))["Status"]);
            statuses.Add(expected);
        }

        // The seeds chosen give both outcomes, so the comparison covers a decline and a charge.
        Assert.Contains("SUCCEEDED", statuses);
        Assert.Contains("FAILED", statuses);
    }

    [Fact]
    public async Task ProcessMode_NotifyCustomerPublishesThroughItsSnsClientToTheLocalTopic()
    {
        var result = await _fixture.PutEventsAsync(
            _fixture.EntriesFile(EndToEndFixture.Entry(EndToEndFixture.ValidDetail)), "--decline-rate", "0", "--json", "--lambda-mode", "process");

        var execution = PutEventsJson.Execution(PutEventsJson.Parse(result));
        var notification = Assert.Single(execution["Notifications"]!.AsArray())!;
        Assert.Equal("Order ORD-7 confirmed", (string?)notification["Subject"]);
        var email = await File.ReadAllTextAsync(Assert.Single(_fixture.OutboxFiles));
        Assert.Contains("ORD-7", email, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteRepeat_InProcessMode_WritesOnlyTheFirstRunsEmail()
    {
        var envelope = $$"""
            {"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"OrderPlaced","source":"orderevents.orders",
             "account":"123456789012","time":"2026-11-25T09:30:00Z","region":"us-east-1","resources":[],"detail":{{EndToEndFixture.ValidDetail}}}
            """;
        var input = Path.Combine(_fixture.WorkingDirectory, "envelope.json");
        await File.WriteAllTextAsync(input, envelope);
        var definition = Path.Combine(EndToEndFixture.RepositoryRoot, "workflow", "order-workflow.asl.json");

        var result = await CliRunner.RunAsync(_fixture.WorkingDirectory,
            ["execute", "--definition", definition, "--input", "@" + input, "--repeat", "5", "--decline-rate", "0", "--json",
             "--lambda-mode", "process", "--outbox", _fixture.Outbox]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("SUCCEEDED", (string?)JsonNode.Parse(result.Out)!["status"]);
        Assert.Contains("5 succeeded", result.Error, StringComparison.Ordinal);
        // The repeated runs count their e-mails instead of writing them, as in in-process mode.
        Assert.Single(_fixture.OutboxFiles);
    }

    [Fact]
    public async Task AnUnknownLambdaMode_IsAUsageError()
    {
        var result = await _fixture.PutEventsAsync(
            _fixture.EntriesFile(EndToEndFixture.Entry(EndToEndFixture.ValidDetail)), "--lambda-mode", "container");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--lambda-mode must be in-process or process (got 'container')", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Error, StringComparison.Ordinal);
    }
}
