using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Tests.Mocking;
using OrderEvents.Local.StepFunctions.Tests.Stubs;
using OrderEvents.Local.StepFunctions.Time;

namespace OrderEvents.Local.StepFunctions.Tests;

/// <summary>The project's own workflow definition, run with scripted functions through each of its paths.</summary>
public sealed class OrderWorkflowTests
{
    private static readonly StateMachine Workflow = StateMachine.ParseFile(
        RepositoryFiles.PathOf("workflow", "order-workflow.asl.json"),
        new Dictionary<string, string>
        {
            ["ValidateOrderFunctionArn"] = "validate",
            ["ProcessPaymentFunctionArn"] = "pay",
            ["NotifyCustomerFunctionArn"] = "notify",
            ["RecordFailureFunctionArn"] = "record",
        });

    private const string Ok = """{"validate":[{"return":{"orderId":"o-1","amount":12.5}}],"pay":[{"return":{"orderId":"o-1","paymentId":"p-1"}}],"notify":[{"return":{"orderId":"o-1","notified":true}}],"record":[{"return":{"recorded":true}}]}""";

    [Fact]
    public async Task ValidOrder_IsValidatedPaidAndNotified()
    {
        var (result, lambdas) = await Run();

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"orderId":"o-1","notified":true}""", result.Output?.ToJsonString());
        Assert.Equal("""{"orderId":"o-1","amount":12.5}""", lambdas.Received.Single(r => r.Function == "pay").Payload?.ToJsonString());
        Assert.Equal(0, lambdas.CallsTo("record"));
    }

    [Fact]
    public async Task InvalidOrder_IsRecordedThenRejected()
    {
        var (result, lambdas) = await Run(("validate", """[{"error":"InvalidOrder","message":"amount must be positive"}]"""));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("OrderRejected", result.Error);
        var record = lambdas.Received.Single(r => r.Function == "record").Payload!;
        Assert.Equal("ValidateOrder", record["failedState"]?.GetValue<string>());
        Assert.Equal("InvalidOrder", record["input"]?["error"]?["Error"]?.GetValue<string>());
        Assert.Equal(result.ExecutionArn, record["executionId"]?.GetValue<string>());
        Assert.Equal(0, lambdas.CallsTo("pay"));
    }

    [Fact]
    public async Task DeclinedPayment_IsRecordedThenFailsAsPaymentFailed()
    {
        var (result, lambdas) = await Run(("pay", """[{"error":"PaymentDeclined","message":"card declined"}]"""));

        Assert.Equal("PaymentFailed", result.Error);
        Assert.Equal(1, lambdas.CallsTo("pay"));
        Assert.Equal(0, lambdas.CallsTo("notify"));
        Assert.Contains(result.Trace, e => e.Type == TraceEventType.StateEntered && e.StateName == "RecordPaymentFailure");
    }

    [Fact]
    public async Task PaymentInProgress_IsRetriedWithBackoff()
    {
        var (result, lambdas) = await Run(("pay", """[{"error":"PaymentInProgress"},{"error":"PaymentInProgress"},{"return":{"orderId":"o-1"}}]"""));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(3, lambdas.CallsTo("pay"));
        Assert.Equal([1.0, 2.0], result.Trace.Where(e => e.Type == TraceEventType.RetryScheduled).Select(e => e.Duration!.Value.TotalSeconds));
    }

    [Fact]
    public async Task FailedNotification_IsRecordedThenFailsAsNotificationFailed()
    {
        var (result, lambdas) = await Run(("notify", """[{"error":"NotificationFailed","message":"topic gone"}]"""));

        Assert.Equal("NotificationFailed", result.Error);
        Assert.Equal("NotifyCustomer", lambdas.Received.Single(r => r.Function == "record").Payload?["failedState"]?.GetValue<string>());
    }

    /// <param name="overrides">Behaviours replacing a function's default (successful) script.</param>
    private static async Task<(ExecutionResult Result, StubLambdaInvoker Lambdas)> Run(params (string Function, string Behaviours)[] overrides)
    {
        var script = JsonNode.Parse(Ok)!.AsObject();
        foreach (var (function, behaviours) in overrides)
        {
            script[function] = JsonNode.Parse(behaviours);
        }

        var clock = new VirtualTimeProvider();
        var lambdas = new StubLambdaInvoker(script, clock);
        var input = JsonNode.Parse("""{"version":"0","id":"e-1","detail-type":"OrderPlaced","source":"orderevents.orders","detail":{"orderId":"o-1"}}""");
        var result = await Workflow.ExecuteAsync(input, new ExecutionOptions { Lambda = lambdas, Time = clock });
        return (result, lambdas);
    }
}
