using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Tests.Mocking;
using OrderEvents.Local.StepFunctions.Tests.Stubs;
using OrderEvents.Local.StepFunctions.Time;

namespace OrderEvents.Local.StepFunctions.Tests;

public sealed class StateMachineTests
{
    private static readonly Dictionary<string, string> OrderFunctions = new()
    {
        ["ValidateOrderFunctionArn"] = "validate",
        ["ProcessPaymentFunctionArn"] = "pay",
        ["NotifyCustomerFunctionArn"] = "notify",
        ["RecordFailureFunctionArn"] = "record",
    };

    private static string OrderWorkflowPath => RepositoryFiles.PathOf("workflow", "order-workflow.asl.json");

    [Fact]
    public void ParseFile_WithSubstitutions_ParsesTheOrderWorkflow()
    {
        var machine = StateMachine.ParseFile(OrderWorkflowPath, OrderFunctions);

        Assert.Contains("ValidateOrder", machine.StateNames);
        Assert.Contains("NotificationFailure", machine.StateNames);
    }

    [Fact]
    public void ParseFile_WithoutAValueForAVariable_NamesTheVariable()
    {
        var partial = new Dictionary<string, string>(OrderFunctions);
        partial.Remove("RecordFailureFunctionArn");

        var error = Assert.Throws<InvalidDefinitionException>(() => StateMachine.ParseFile(OrderWorkflowPath, partial));

        Assert.Contains("${RecordFailureFunctionArn}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFile_MissingFile_IsAnInvalidDefinitionNamingThePath()
    {
        var error = Assert.Throws<InvalidDefinitionException>(() => StateMachine.ParseFile("no/such/definition.json"));

        Assert.Contains("no/such/definition.json", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"StartAt\": ", "not valid JSON")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Succeed"},"A":{"Type":"Succeed"}}}""", "Duplicate property 'A'")]
    public void Parse_TextThatIsNotADefinitionObject_SaysWhy(string text, string reason)
    {
        var error = Assert.Throws<InvalidDefinitionException>(() => StateMachine.Parse(text));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_NullInput_RunsWithAnEmptyObject()
    {
        var machine = StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}""");

        var result = await machine.ExecuteAsync(null, new ExecutionOptions());

        Assert.Equal("{}", result.Output?.ToJsonString());
    }

    [Fact]
    public async Task ExecuteJsonAsync_RunsOnTheParsedText()
    {
        var machine = StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Pass","InputPath":"$.order","End":true}}}""");

        var result = await machine.ExecuteJsonAsync("""{"order": {"id": 7}}"""u8.ToArray(), new ExecutionOptions());

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"id":7}""", result.Output?.ToJsonString());
    }

    [Fact]
    public async Task ExecuteJsonAsync_InputNestedDeeperThan64Levels_Runs()
    {
        var machine = StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}""");
        var text = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);

        var result = await machine.ExecuteJsonAsync(System.Text.Encoding.UTF8.GetBytes(text), new ExecutionOptions());

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
    }

    [Fact]
    public async Task ExecuteJsonAsync_TextNull_RunsWithAnEmptyObject()
    {
        var machine = StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}""");

        var result = await machine.ExecuteJsonAsync("null"u8.ToArray(), new ExecutionOptions());

        Assert.Equal("{}", result.Output?.ToJsonString());
    }

    [Fact]
    public async Task ExecuteJsonAsync_InvalidJson_IsAnArgumentErrorSayingSo()
    {
        var machine = StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}""");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => machine.ExecuteJsonAsync("""{"order": """u8.ToArray(), new ExecutionOptions()));

        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteJsonAsync_TextOverTheLimit_FailsWithDataLimitExceeded()
    {
        var machine = StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}""");

        // Small as data, but the text as given (padded with whitespace) is what counts, as in StartExecution.
        var text = "{\"a\": 1" + new string(' ', 256 * 1024) + "}";
        var result = await machine.ExecuteJsonAsync(System.Text.Encoding.UTF8.GetBytes(text), new ExecutionOptions());

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.DataLimitExceeded", result.Error);
    }

    [Fact]
    public async Task ExecuteAsync_AlternatingMachineNames_EachExecutionCarriesItsOwnArns()
    {
        var machine = StateMachine.Parse("""
            {"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"execution.$":"$$.Execution.Id","machine.$":"$$.StateMachine.Id"},"End":true}}}
            """);

        foreach (var name in new[] { "First", "Second", "First" })
        {
            var result = await machine.ExecuteAsync(new JsonObject(), new ExecutionOptions { StateMachineName = name, Region = "eu-west-1" });

            Assert.Equal($"arn:aws:states:eu-west-1:123456789012:stateMachine:{name}", (string?)result.Output?["machine"]);
            Assert.StartsWith($"arn:aws:states:eu-west-1:123456789012:express:{name}:", (string?)result.Output?["execution"], StringComparison.Ordinal);
            Assert.Equal(result.ExecutionArn, (string?)result.Output?["execution"]);
        }
    }

    [Fact]
    public async Task ExecuteAsync_NeverChangesOrAdoptsTheCallersInput()
    {
        var machine = StateMachine.Parse("""
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Result":1,"ResultPath":"$.added","Next":"B"},
              "B":{"Type":"Parallel","Branches":[{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}],"End":true}}}
            """);
        var input = new JsonObject { ["order"] = new JsonObject { ["id"] = 7 } };

        var result = await machine.ExecuteAsync(input, new ExecutionOptions());

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"order":{"id":7}}""", input.ToJsonString());
        Assert.Null(input.Parent);
        Assert.Null(result.Output!.Parent);
    }

    [Fact]
    public async Task ExecuteAsync_InputOverTheLimit_FailsWithDataLimitExceeded()
    {
        var machine = StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}""");
        var input = new JsonObject { ["text"] = new string('x', 262_144) };

        var result = await machine.ExecuteAsync(input, new ExecutionOptions());

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.DataLimitExceeded", result.Error);
    }

    [Fact]
    public async Task ExecuteAsync_WithoutALambdaInvoker_FailsWithAClearRuntimeError()
    {
        var machine = StateMachine.ParseFile(OrderWorkflowPath, OrderFunctions);

        var result = await machine.ExecuteAsync(new JsonObject(), new ExecutionOptions());

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("ExecutionOptions.Lambda", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_CancelledWhileWaiting_EndsAborted()
    {
        var machine = StateMachine.Parse("""{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"End":true}}}""");
        using var cancellation = new CancellationTokenSource();

        var run = machine.ExecuteAsync(new JsonObject(), new ExecutionOptions(), cancellation.Token);
        await cancellation.CancelAsync();
        var result = await run;

        Assert.Equal(ExecutionStatus.Aborted, result.Status);
        Assert.Equal(TraceEventType.ExecutionAborted, result.Trace[^1].Type);
    }

    [Fact]
    public async Task ExecuteAsync_ManyConcurrentExecutionsOfOneMachine_StayIndependent()
    {
        var machine = StateMachine.Parse("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","MaxConcurrency":2,
              "ItemProcessor":{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":1,"Next":"F"},
                "F":{"Type":"Pass","Parameters":{"v.$":"States.Format('{}-{}', $$.Execution.Name, $)"},"OutputPath":"$.v","End":true}}},"End":true}}}
            """);
        var clock = new VirtualTimeProvider();

        var runs = Enumerable.Range(0, 40).Select(i => machine.ExecuteAsync(
            new JsonObject { ["items"] = new JsonArray(i, i + 1) },
            new ExecutionOptions { Time = clock, ExecutionName = $"run{i}" })).ToArray();
        var results = await Task.WhenAll(runs);

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal($"[\"run{i}-{i}\",\"run{i}-{i + 1}\"]", results[i].Output?.ToJsonString());
        }
    }

    [Fact]
    public async Task ExecuteAsync_ExecutionArn_NamesTheMachineAndExecution()
    {
        var machine = StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}""");

        var result = await machine.ExecuteAsync(new JsonObject(), new ExecutionOptions
        {
            StateMachineName = "Orders",
            ExecutionName = "first",
            Region = "eu-west-1",
            AccountId = "111122223333",
        });

        Assert.StartsWith("arn:aws:states:eu-west-1:111122223333:express:Orders:first:", result.ExecutionArn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_SameSeed_GivesTheSameExecutionArn()
    {
        var machine = StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}""");

        var first = await machine.ExecuteAsync(new JsonObject(), new ExecutionOptions { Random = new Random(5) });
        var second = await machine.ExecuteAsync(new JsonObject(), new ExecutionOptions { Random = new Random(5) });

        Assert.Equal(first.ExecutionArn, second.ExecutionArn);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownFunction_IsReportedAsTheInvokersServiceError()
    {
        var machine = StateMachine.ParseFile(OrderWorkflowPath, OrderFunctions);
        var lambdas = new StubLambdaInvoker(new JsonObject(), TimeProvider.System);

        var result = await machine.ExecuteAsync(new JsonObject(), new ExecutionOptions { Lambda = lambdas });

        // ValidateOrder's error is caught; RecordFailure then fails too, and is caught into OrderRejected.
        Assert.Equal("OrderRejected", result.Error);
        Assert.Equal(2, lambdas.Received.Count);
    }
}
