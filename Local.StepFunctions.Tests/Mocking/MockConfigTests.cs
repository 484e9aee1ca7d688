using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Mocking;

namespace OrderEvents.Local.StepFunctions.Tests.Mocking;

public sealed class MockConfigTests
{
    // Laid out like the documented format: a retry path with single and range keys, and a hybrid path mocking one state.
    private const string PipelineConfig = """
        {
          "StateMachines": {
            "OrderPipeline": {
              "TestCases": {
                "HappyPath": { "ChargeCard": "ChargeSucceeded", "QueueReceipt": "ReceiptQueued" },
                "RetryPath": { "ChargeCard": "ChargeRetried", "QueueReceipt": "ReceiptQueued" },
                "HybridPath": { "ChargeCard": "ChargeSucceeded" }
              }
            }
          },
          "MockedResponses": {
            "ChargeSucceeded": {
              "0": { "Return": { "StatusCode": 200, "Payload": { "StatusCode": 200, "body": "charged" } } }
            },
            "ChargeNotReady": {
              "0": { "Throw": { "Error": "Lambda.ServiceException", "Cause": "Service unavailable" } }
            },
            "ReceiptQueued": {
              "0": { "Return": { "MessageId": "msg-0001" } }
            },
            "ChargeRetried": {
              "0": { "Throw": { "Error": "Lambda.ServiceException", "Cause": "Service unavailable" } },
              "1-2": { "Throw": { "Error": "Lambda.SdkClientException", "Cause": "Connection reset" } },
              "3": { "Return": { "StatusCode": 200, "Payload": { "StatusCode": 200, "body": "charged" } } }
            }
          }
        }
        """;

    [Fact]
    public void Parse_PipelineConfig_ListsStateMachinesAndTestCasesInFileOrder()
    {
        var config = MockConfig.Parse(PipelineConfig);

        Assert.Equal(["OrderPipeline"], config.StateMachineNames);
        Assert.Equal(["HappyPath", "RetryPath", "HybridPath"], config.TestCaseNames("OrderPipeline"));
    }

    [Fact]
    public void CreateSession_RetryPath_AnswersEachInvocationFromItsKey()
    {
        var session = MockConfig.Parse(PipelineConfig).CreateSession("OrderPipeline", "RetryPath");

        var answers = Enumerable.Range(0, 4).Select(_ => Answer(session, "ChargeCard")).ToArray();

        Assert.Equal(new MockedTaskResponse.Throw("Lambda.ServiceException", "Service unavailable"), answers[0]);
        Assert.Equal(new MockedTaskResponse.Throw("Lambda.SdkClientException", "Connection reset"), answers[1]);
        Assert.Equal(new MockedTaskResponse.Throw("Lambda.SdkClientException", "Connection reset"), answers[2]);
        var success = Assert.IsType<MockedTaskResponse.Return>(answers[3]);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"StatusCode":200,"Payload":{"StatusCode":200,"body":"charged"}}"""), success.Result));
    }

    [Fact]
    public void CreateSession_HybridPath_LeavesUnlistedStatesToTheRealResource()
    {
        var session = MockConfig.Parse(PipelineConfig).CreateSession("OrderPipeline", "HybridPath");

        Assert.True(session.TryGetResponse("ChargeCard", out _));
        Assert.False(session.TryGetResponse("QueueReceipt", out _));
    }

    [Fact]
    public void CreateSession_UnknownStateMachine_ListsTheDefinedOnes()
    {
        var config = MockConfig.Parse(PipelineConfig);

        var error = Assert.Throws<MockConfigException>(() => config.CreateSession("Orders", "HappyPath"));

        Assert.Equal("Mock config has no state machine 'Orders' (state machines: 'OrderPipeline').", error.Message);
    }

    [Fact]
    public void CreateSession_UnknownTestCase_ListsTheTestCasesOfThatStateMachine()
    {
        var config = MockConfig.Parse(PipelineConfig);

        var error = Assert.Throws<MockConfigException>(() => config.CreateSession("OrderPipeline", "SadPath"));

        Assert.Equal(
            "Mock config has no test case 'SadPath' for state machine 'OrderPipeline' "
            + "(test cases: 'HappyPath', 'RetryPath', 'HybridPath').",
            error.Message);
    }

    [Fact]
    public void CreateSession_NamesAreCaseSensitive()
    {
        var config = MockConfig.Parse(PipelineConfig);

        Assert.Throws<MockConfigException>(() => config.CreateSession("OrderPipeline", "happypath"));
    }

    [Fact]
    public void Load_MissingFile_NamesThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-mock-config-{Guid.NewGuid():N}.json");

        var error = Assert.Throws<MockConfigException>(() => MockConfig.Load(path));

        Assert.StartsWith($"Cannot read mock config file '{path}':", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidFile_NamesThePathAndTheKey()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mock-config-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"StateMachines": {}, "MockedResponses": {"A": {"0": {}}}}""");
        try
        {
            var error = Assert.Throws<MockConfigException>(() => MockConfig.Load(path));

            Assert.Equal(
                $"Mock config file '{path}': $.MockedResponses.A['0']: expected a 'Return' or a 'Throw' key, found neither.",
                error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_OrderWorkflowSample_DefinesEveryPathOfTheOrderWorkflow()
    {
        var config = MockConfig.Load(RepositoryFiles.PathOf("workflow", "order-workflow.mocks.json"));

        Assert.Equal(
            ["HappyPath", "InvalidOrder", "PaymentDeclined", "NotificationFails", "LambdaThrottledThenSucceeds"],
            config.TestCaseNames("OrderWorkflow"));
    }

    private static MockedTaskResponse Answer(ITaskMockSession session, string state)
    {
        Assert.True(session.TryGetResponse(state, out var response));
        return response;
    }
}
