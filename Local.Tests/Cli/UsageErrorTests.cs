namespace OrderEvents.Local.Tests.Cli;

/// <summary>Every mistake a user can make on the command line: exit code 2, one line on stderr, nothing on stdout, no stack trace.</summary>
public sealed class UsageErrorTests : IDisposable
{
    private const string Entry = """{"Source":"orderevents.orders","DetailType":"OrderPlaced","Detail":"{\"orderId\":\"1\",\"customer\":\"a@example.com\"}","EventBusName":"order-events"}""";

    private readonly TempDirectory _directory = new();

    public UsageErrorTests()
    {
        _directory.Write("one.json", $"[{Entry}]");
        _directory.Write("eleven.json", $"[{string.Join(',', Enumerable.Repeat(Entry, 11))}]");
        _directory.Write("empty.json", "[]");
        _directory.Write("broken.json", "[{\"Source\": ");
        _directory.Write("object.json", "{\"Source\": \"x\"}");
        _directory.Write("pass.asl.json", """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""");
        _directory.Write("mocks.json", """{"StateMachines":{"OrderWorkflow":{"TestCases":{"HappyPath":{}}}},"MockedResponses":{}}""");
        _directory.Write("bad-mocks.json", """{"StateMachines": 5}""");
    }

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string[], string> Mistakes => new()
    {
        { ["launch"], "orderevents-local: unknown command 'launch' (commands: put-events, execute, test-event-pattern; see 'orderevents-local --help')" },
        { ["put-events"], "orderevents-local: put-events: missing required option --entries file://PATH|JSON" },
        { ["put-events", "--entries"], "orderevents-local: put-events: option --entries needs a value (file://PATH|JSON)" },
        { ["put-events", "--entries", "file://one.json", "--colour"], "orderevents-local: put-events: unknown option --colour (see 'orderevents-local put-events --help')" },
        { ["put-events", "--entries", "file://missing.json"], "orderevents-local: Unable to load paramfile file://missing.json" },
        { ["put-events", "--entries", "file://broken.json"], "orderevents-local: Error parsing parameter --entries (broken.json): invalid JSON" },
        { ["put-events", "--entries", "file://object.json"], "orderevents-local: Error parsing parameter --entries (object.json): expected a JSON array of entries" },
        { ["put-events", "--entries", "file://eleven.json"], "orderevents-local: --entries: PutEvents takes 1 to 10 entries, the file has 11" },
        { ["put-events", "--entries", "file://empty.json"], "orderevents-local: --entries: PutEvents takes 1 to 10 entries, the file has 0" },
        { ["put-events", "--entries", "file://one.json", "--decline-rate", "1.5"], "orderevents-local: put-events: --decline-rate must be a number from 0 to 1, such as 0.5 (got '1.5')" },
        { ["put-events", "--entries", "file://one.json", "--decline-rate", "half"], "orderevents-local: put-events: --decline-rate must be a number from 0 to 1, such as 0.5 (got 'half')" },
        { ["put-events", "--entries", "file://one.json", "--decline-rate", "-0.1"], "orderevents-local: put-events: --decline-rate must be a number from 0 to 1, such as 0.5 (got '-0.1')" },
        { ["put-events", "--entries", "file://one.json", "--seed", "x"], "orderevents-local: put-events: --seed must be an integer" },
        { ["put-events", "--entries", "file://one.json", "--mock-config", "mocks.json"], "orderevents-local: put-events: --mock-config and --test-case go together" },
        { ["put-events", "--entries", "file://one.json", "--mock-config", "nope.json", "--test-case", "HappyPath"], "orderevents-local: --mock-config: file 'nope.json' does not exist" },
        { ["put-events", "--entries", "file://one.json", "--mock-config", "bad-mocks.json", "--test-case", "HappyPath"], "orderevents-local: --mock-config: Mock config file" },
        { ["put-events", "--entries", "file://one.json", "--mock-config", "mocks.json", "--test-case", "SadPath"], "orderevents-local: --test-case: Mock config has no test case 'SadPath' for state machine 'OrderWorkflow' (test cases: 'HappyPath')." },
        { ["execute"], "orderevents-local: execute: missing required option --definition FILE" },
        { ["execute", "--definition", "missing.asl.json"], "orderevents-local: --definition: file 'missing.asl.json' does not exist" },
        { ["execute", "--definition", "pass.asl.json", "--input", "{\"a\": }"], "orderevents-local: --input: malformed JSON: '}' is an invalid start of a value (line 1, column 7)" },
        { ["execute", "--definition", "pass.asl.json", "--input", "@missing.json"], "orderevents-local: --input: file 'missing.json' does not exist" },
        { ["execute", "--definition", "pass.asl.json", "--repeat", "0"], "orderevents-local: execute: --repeat must be an integer from 1 to 1000000000, got '0'" },
        { ["test-event-pattern", "--event", "{}"], "orderevents-local: test-event-pattern: missing required option --event-pattern JSON|file://PATH" },
        { ["test-event-pattern", "--event-pattern", "file://missing.json", "--event", "{}"], "orderevents-local: --event-pattern: file 'missing.json' does not exist" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Mistake_ExitsWithTwo_AndOneLineThatSaysWhatToFix(string[] args, string messageStart)
    {
        var result = await CliRunner.RunAsync(_directory.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith(messageStart, line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at OrderEvents.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoArguments_PrintsTheOverviewOnStderr_AndExitsWithTwo()
    {
        var result = await CliRunner.RunAsync(_directory.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Usage: orderevents-local <command> [options]", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help", "Usage: orderevents-local <command> [options]")]
    [InlineData("put-events --help", "Usage: orderevents-local put-events --entries file://PATH|JSON")]
    [InlineData("execute --help", "Usage: orderevents-local execute --definition FILE")]
    [InlineData("test-event-pattern --help", "Usage: orderevents-local test-event-pattern --event-pattern JSON|file://PATH --event JSON|file://PATH")]
    public async Task Help_GoesToStdout_AndExitsWithZero(string args, string start)
    {
        var result = await CliRunner.RunAsync(_directory.Path, args.Split(' '));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(start, result.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }
}
