using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Tasks;

namespace OrderEvents.Local.StepFunctions.Tests.Tasks;

/// <summary>What bytes functions receive when one function's result feeds the next.</summary>
public sealed class LambdaPayloadTests
{
    private const string Chain = """
        {"StartAt":"A","States":{
          "A":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"a","Payload.$":"$"},"OutputPath":"$.Payload","Next":"B"},
          "B":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"b","Payload.$":"$"},"OutputPath":"$.Payload","ResultPath":"$","Next":"C"},
          "C":{"Type":"Pass","Result":"added","ResultPath":"$.note","Next":"D"},
          "D":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"d","Payload.$":"$"},"OutputPath":"$.Payload","End":true}}}
        """;

    [Fact]
    public async Task FunctionResult_IsPassedOnAsItsOwnJsonText_AndChangedDataIsWrittenAfresh()
    {
        var invoker = new RecordingInvoker(new Dictionary<string, string>
        {
            ["a"] = """{ "id" : 1, "name": "caf\u00e9" }""",
            ["b"] = """{"id":1,   "paid":true}""",
            ["d"] = "{}",
        });

        var result = await StateMachine.Parse(Chain).ExecuteAsync(JsonNode.Parse("""{"start":true}"""), new ExecutionOptions { Lambda = invoker });

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"start":true}""", invoker.Received["a"]);
        Assert.Equal("""{ "id" : 1, "name": "caf\u00e9" }""", invoker.Received["b"]);
        Assert.Equal("""{"id":1,"paid":true,"note":"added"}""", invoker.Received["d"]);
    }

    [Fact]
    public async Task ExecutionInputGivenAsText_ReachesTheFirstFunctionAsThatText()
    {
        var invoker = new RecordingInvoker(new Dictionary<string, string> { ["a"] = "{}", ["b"] = "{}", ["d"] = "{}" });
        const string input = """{ "start" : true,  "name": "caf\u00e9" }""";

        var result = await StateMachine.Parse(Chain).ExecuteJsonAsync(Encoding.UTF8.GetBytes(input), new ExecutionOptions { Lambda = invoker });

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(input, invoker.Received["a"]);
    }

    private sealed class RecordingInvoker(Dictionary<string, string> results) : ILambdaInvoker
    {
        public ConcurrentDictionary<string, string> Received { get; } = new();

        public ValueTask<LambdaInvocationResult> InvokeAsync(string functionName, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
        {
            Received[functionName] = Encoding.UTF8.GetString(payload.Span);
            return ValueTask.FromResult(LambdaInvocationResult.Success(Encoding.UTF8.GetBytes(results[functionName])));
        }
    }
}
