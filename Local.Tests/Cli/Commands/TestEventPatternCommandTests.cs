namespace OrderEvents.Local.Tests.Cli.Commands;

public sealed class TestEventPatternCommandTests : IDisposable
{
    private const string Event = """
        {"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"OrderPlaced","source":"orderevents.orders",
         "account":"123456789012","time":"2026-11-25T09:30:00Z","region":"us-east-1","resources":[],"detail":{"orderId":"12345"}}
        """;

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("""{"source":["orderevents.orders"],"detail-type":["OrderPlaced"]}""", true)]
    [InlineData("""{"source":["orderevents.orders"],"detail":{"orderId":[{"prefix":"99"}]}}""", false)]
    public async Task PrintsTheResult_LikeTheAwsCli(string pattern, bool expected)
    {
        var result = await CliRunner.RunAsync(_directory.Path, "test-event-pattern", "--event-pattern", pattern, "--event", Event);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"{{\"Result\": {(expected ? "true" : "false")}}}\n", result.Out);
    }

    [Fact]
    public async Task ReadsPatternAndEventFromFiles()
    {
        _directory.Write("p.json", """{"detail-type":["OrderPlaced"]}""");
        _directory.Write("e.json", Event);

        var result = await CliRunner.RunAsync(_directory.Path, "test-event-pattern", "--event-pattern", "file://p.json", "--event", "file://e.json");

        Assert.Equal("{\"Result\": true}\n", result.Out);
    }

    [Theory]
    [InlineData("""{"source":[]}""")]
    [InlineData("""{"source":[{"prefi":"x"}]}""")]
    [InlineData("""{"source": """)]
    public async Task InvalidPattern_IsInvalidEventPatternException_OnOneLine(string pattern)
    {
        var result = await CliRunner.RunAsync(_directory.Path, "test-event-pattern", "--event-pattern", pattern, "--event", Event);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith("InvalidEventPatternException: Event pattern is not valid. Reason: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventWithoutEnvelopeFields_IsAValidationError()
    {
        var result = await CliRunner.RunAsync(_directory.Path, "test-event-pattern", "--event-pattern", """{"source":["a"]}""", "--event", """{"source":"a"}""");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("ValidationException: Parameter Event is not valid.", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatternLongerThan4096Characters_IsAValidationError()
    {
        var pattern = $$"""{"source":["{{new string('a', 4096)}}"]}""";

        var result = await CliRunner.RunAsync(_directory.Path, "test-event-pattern", "--event-pattern", pattern, "--event", Event);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(
            $"ValidationException: 1 validation error detected: Value at 'eventPattern' failed to satisfy constraint: Member must have length less than or equal to 4096 (this pattern has {pattern.Length} characters)",
            Assert.Single(result.ErrorLines));
    }
}
