using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Mocking;
using OrderEvents.Local.StepFunctions.Time;

namespace OrderEvents.Local.StepFunctions.Tests.Mocking;

public sealed class OrderWorkflowMockTests
{
    private const string StateMachineName = "OrderWorkflow";

    private static readonly MockConfig Mocks = MockConfig.Load(RepositoryFiles.PathOf("workflow", "order-workflow.mocks.json"));

    private static readonly StateMachine Workflow = StateMachine.ParseFile(
        RepositoryFiles.PathOf("workflow", "order-workflow.asl.json"),
        new Dictionary<string, string>
        {
            ["ValidateOrderFunctionArn"] = FunctionArn("ValidateOrder"),
            ["ProcessPaymentFunctionArn"] = FunctionArn("ProcessPayment"),
            ["NotifyCustomerFunctionArn"] = FunctionArn("NotifyCustomer"),
            ["RecordFailureFunctionArn"] = FunctionArn("RecordFailure"),
        });

    public static TheoryData<string, ExecutionStatus, string?, string[]> TestCases => new()
    {
        { "HappyPath", ExecutionStatus.Succeeded, null, ["ValidateOrder", "ProcessPayment", "NotifyCustomer", "OrderCompleted"] },
        { "InvalidOrder", ExecutionStatus.Failed, "OrderRejected", ["ValidateOrder", "RecordRejection", "OrderRejected"] },
        { "PaymentDeclined", ExecutionStatus.Failed, "PaymentFailed", ["ValidateOrder", "ProcessPayment", "RecordPaymentFailure", "PaymentFailure"] },
        {
            "NotificationFails", ExecutionStatus.Failed, "NotificationFailed",
            ["ValidateOrder", "ProcessPayment", "NotifyCustomer", "RecordNotificationFailure", "NotificationFailure"]
        },
        { "LambdaThrottledThenSucceeds", ExecutionStatus.Succeeded, null, ["ValidateOrder", "ProcessPayment", "NotifyCustomer", "OrderCompleted"] },
    };

    [Theory]
    [MemberData(nameof(TestCases))]
    public async Task MockedTestCase_TakesItsPathThroughTheOrderWorkflow(string testCase, ExecutionStatus status, string? error, string[] statesVisited)
    {
        var result = await RunAsync(Mocks.CreateSession(StateMachineName, testCase));

        Assert.Equal(status, result.Status);
        Assert.Equal(error, result.Error);
        Assert.Equal(statesVisited, StatesEntered(result));
    }

    [Fact]
    public async Task HappyPath_OutputsTheNotifyCustomerPayload()
    {
        var result = await RunAsync(Mocks.CreateSession(StateMachineName, "HappyPath"));

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"orderId":"ord-1001","notified":true,"messageId":"6f1c2e9a-0000-4000-8000-000000000001"}"""),
            result.Output));
    }

    [Fact]
    public async Task PaymentDeclined_RecordsTheDeclineWithoutRetrying()
    {
        var session = Mocks.CreateSession(StateMachineName, "PaymentDeclined");

        var result = await RunAsync(session);

        Assert.Equal(1, ((MockSession)session).InvocationsOf("ProcessPayment"));
        Assert.Contains(result.Trace, e => e.Type == TraceEventType.ErrorCaught && e.StateName == "ProcessPayment" && e.Error == "PaymentDeclined");
    }

    [Fact]
    public async Task LambdaThrottledThenSucceeds_RetriesProcessPaymentTwice()
    {
        var session = Mocks.CreateSession(StateMachineName, "LambdaThrottledThenSucceeds");

        var result = await RunAsync(session);

        Assert.Equal(3, ((MockSession)session).InvocationsOf("ProcessPayment"));
        Assert.Equal(2, result.Trace.Count(e => e.Type == TraceEventType.RetryScheduled && e.StateName == "ProcessPayment"));
    }

    [Fact]
    public async Task MockedTask_RunPastItsLastDefinedInvocation_FailsTheExecutionDespiteCatchAll()
    {
        var config = MockConfig.Parse("""
            {
              "StateMachines": {"OrderWorkflow": {"TestCases": {"OneFaultOnly": {"ValidateOrder": "ServiceFaultOnce"}}}},
              "MockedResponses": {
                "ServiceFaultOnce": {"0": {"Throw": {"Error": "Lambda.ServiceException", "Cause": "Internal error"}}}
              }
            }
            """);

        var result = await RunAsync(config.CreateSession(StateMachineName, "OneFaultOnly"));

        // The retrier asks for invocation 1, which the config does not define; States.ALL must not catch that.
        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("'ServiceFaultOnce' defines only 1 invocation(s)", result.Cause, StringComparison.Ordinal);
        Assert.Equal(["ValidateOrder"], StatesEntered(result));
    }

    // The EventBridge envelope the rule delivers; with every Task mocked only its shape matters.
    private static Task<ExecutionResult> RunAsync(ITaskMockSession session) =>
        Workflow.ExecuteAsync(
            JsonNode.Parse("""
                {
                  "version": "0", "id": "0f3c6d1e-5b7a-4c2d-9e8f-1a2b3c4d5e6f", "detail-type": "OrderPlaced",
                  "source": "orderevents.orders", "account": "123456789012", "time": "2026-01-15T10:00:00Z",
                  "region": "us-east-1", "resources": [],
                  "detail": {"orderId": "ord-1001", "customerEmail": "jane.doe@example.com", "currency": "USD",
                             "items": [{"sku": "BOOK-42", "quantity": 3, "unitPrice": 19.99}]}
                }
                """),
            new ExecutionOptions { StateMachineName = StateMachineName, Mocks = session, Time = new VirtualTimeProvider(), Random = new Random(7) });

    private static string[] StatesEntered(ExecutionResult result) =>
        [.. result.Trace.Where(e => e.Type == TraceEventType.StateEntered).Select(e => e.StateName!)];

    private static string FunctionArn(string name) => $"arn:aws:lambda:us-east-1:123456789012:function:{name}";
}
