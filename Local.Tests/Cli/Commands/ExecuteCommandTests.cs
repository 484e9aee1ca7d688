using System.Text.Json.Nodes;
using OrderEvents.Local.Tests.EndToEnd;

namespace OrderEvents.Local.Tests.Cli.Commands;

public sealed class ExecuteCommandTests : IDisposable
{
    private const string Envelope = """
        {"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"OrderPlaced","source":"orderevents.orders",
         "account":"123456789012","time":"2026-11-25T09:30:00Z","region":"us-east-1","resources":[],
         "detail":{"orderId":"ORD-9","customer":"jane@example.com"}}
        """;

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Json_WhenSucceeded_IsExactlyStatusAndOutput()
    {
        _directory.Write("pass.json", """{"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"sum.$":"States.MathAdd($.a, 1)"},"End":true}}}""");

        var result = await CliRunner.RunAsync(_directory.Path, "execute", "--definition", "pass.json", "--input", """{"a": 41}""", "--json");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        var json = JsonNode.Parse(result.Out)!.AsObject();
        Assert.Equal(["status", "output"], json.Select(p => p.Key));
        Assert.Equal("SUCCEEDED", (string?)json["status"]);
        Assert.Equal(42, (int)json["output"]!["sum"]!);
    }

    [Fact]
    public async Task Json_WhenFailed_IsStatusErrorAndCause_AndTheExitCodeIsStillZero()
    {
        _directory.Write("fail.json", """{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Boom","Cause":"because"}}}""");

        var result = await CliRunner.RunAsync(_directory.Path, "execute", "--definition", "fail.json", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Out)!.AsObject();
        Assert.Equal(["status", "error", "cause"], json.Select(p => p.Key));
        Assert.Equal(("FAILED", "Boom", "because"), ((string?)json["status"], (string?)json["error"], (string?)json["cause"]));
    }

    [Fact]
    public async Task InputFromAtFile_IsTheExecutionInput()
    {
        _directory.Write("pass.json", """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""");
        _directory.Write("input.json", """{"from":"file"}""");

        var result = await CliRunner.RunAsync(_directory.Path, "execute", "--definition", "pass.json", "--input", "@input.json", "--json");

        Assert.Equal("file", (string?)JsonNode.Parse(result.Out)!["output"]!["from"]);
    }

    [Theory]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Missing"}}}""", "Missing")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Teleport","End":true}}}""", "Teleport")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"${NopeFunctionArn}","End":true}}}""", "NopeFunctionArn")]
    [InlineData("""{"StartAt": """, "definition")]
    public async Task InvalidDefinition_ExitsWithTwo_NamingTheProblemOnOneLine(string definition, string named)
    {
        _directory.Write("bad.json", definition);

        var result = await CliRunner.RunAsync(_directory.Path, "execute", "--definition", "bad.json", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("orderevents-local: --definition: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrderWorkflowDefinition_RunsWithTheInProcessFunctions()
    {
        _directory.Write("envelope.json", Envelope);
        var definition = Path.Combine(EndToEndFixture.RepositoryRoot, "workflow", "order-workflow.asl.json");

        var result = await CliRunner.RunAsync(
            _directory.Path, "execute", "--definition", definition, "--input", "@envelope.json", "--decline-rate", "0", "--outbox", "out", "--json");

        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal("SUCCEEDED", (string?)json["status"]);
        Assert.Equal("ORD-9", (string?)json["output"]!["orderId"]);
        Assert.Single(Directory.GetFiles(Path.Combine(_directory.Path, "out"), "*.eml"));
    }

    [Fact]
    public async Task UnknownFunction_FailsTheExecutionWithResourceNotFound()
    {
        _directory.Write("task.json", """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
             "Parameters":{"FunctionName":"Nope","Payload.$":"$"},"End":true}}}
            """);

        var result = await CliRunner.RunAsync(_directory.Path, "execute", "--definition", "task.json", "--json");

        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal(("FAILED", "Lambda.ResourceNotFoundException"), ((string?)json["status"], (string?)json["error"]));
        Assert.Contains("Function not found: arn:aws:lambda:us-east-1:123456789012:function:Nope", (string?)json["cause"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SnsPublishTask_DeliversThroughTheLocalTopicToTheOutbox()
    {
        _directory.Write("sns.json", """
            {"StartAt":"Tell","States":{"Tell":{"Type":"Task","Resource":"arn:aws:states:::sns:publish",
             "Parameters":{"TopicArn":"arn:aws:sns:us-east-1:123456789012:order-notifications","Subject":"Hi","Message.$":"$.text"},"End":true}}}
            """);

        var result = await CliRunner.RunAsync(_directory.Path, "execute", "--definition", "sns.json", "--input", """{"text":"hello from a task"}""", "--outbox", "out", "--json");

        Assert.Equal("SUCCEEDED", (string?)JsonNode.Parse(result.Out)!["status"]);
        var email = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(_directory.Path, "out"))));
        Assert.Contains("Subject: Hi\r\n", email, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\nhello from a task\r\n", email, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeat_PrintsExecutionsPerSecondOnStderr_AndTheResultOnceOnStdout()
    {
        _directory.Write("pass.json", """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""");

        var result = await CliRunner.RunAsync(_directory.Path, "execute", "--definition", "pass.json", "--repeat", "50", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("SUCCEEDED", (string?)JsonNode.Parse(result.Out)!["status"]);
        var line = Assert.Single(result.ErrorLines);
        Assert.Matches(@"^repeat: 50 executions in \d+\.\d{3} s = [\d,]+ executions/s \(\d+ workers, trace off, after 50 warm-up executions; 50 succeeded\)$", line);
    }

    [Fact]
    public async Task Repeat_WithInputNestedDeeperThan64Levels_RunsEveryExecution()
    {
        _directory.Write("pass.json", """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""");
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);

        var result = await CliRunner.RunAsync(_directory.Path, "execute", "--definition", "pass.json", "--input", deep, "--repeat", "5", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("SUCCEEDED", (string?)JsonNode.Parse(result.Out, documentOptions: new() { MaxDepth = 256 })!["status"]);
        Assert.EndsWith("5 succeeded)", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HumanOutput_ShowsEachStateAndTheResult()
    {
        _directory.Write("two.json", """{"StartAt":"A","States":{"A":{"Type":"Pass","Result":{"x":1},"Next":"B"},"B":{"Type":"Succeed"}}}""");

        var result = await CliRunner.RunAsync(_directory.Path, "execute", "--definition", "two.json");

        var lines = result.Out.Split('\n');
        Assert.StartsWith("execution arn:aws:states:us-east-1:123456789012:", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^  ✓ A  .* → \{""x"":1\}$", lines[1]);
        Assert.Matches(@"^  ✓ B  ", lines[2]);
        Assert.StartsWith("SUCCEEDED in ", lines[3], StringComparison.Ordinal);
    }
}
