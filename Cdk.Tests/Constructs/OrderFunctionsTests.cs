using System.Text.Json.Nodes;
using OrderEvents.Cdk.Tests.Fixtures;

namespace OrderEvents.Cdk.Tests.Constructs;

[Collection(DefaultStackCollection.Name)]
public sealed class OrderFunctionsTests(DefaultStackFixture stack)
{
    [Fact]
    public void Functions_AreExactlyTheFourWorkflowFunctions_EachSelectedByItsHandlerName()
    {
        var handlers = stack.ResourcesOfType("AWS::Lambda::Function")
            .Select(f => (string?)f.Resource["Properties"]!["Handler"]).Order();

        Assert.Equal(["NotifyCustomer", "ProcessPayment", "RecordFailure", "ValidateOrder"], handlers);
    }

    [Fact]
    public void Functions_RunTheNativeBootstrapOnProvidedAl2023WithJsonLogsAndActiveTracing()
    {
        foreach (var (_, function) in stack.ResourcesOfType("AWS::Lambda::Function"))
        {
            var properties = function["Properties"]!;
            Assert.Equal("provided.al2023", (string?)properties["Runtime"]);
            Assert.Equal("""["x86_64"]""", properties["Architectures"]!.ToJsonString());
            Assert.Equal(256, (int)properties["MemorySize"]!);
            Assert.Equal(10, (int)properties["Timeout"]!);
            Assert.Equal("Active", (string?)properties["TracingConfig"]!["Mode"]);
            Assert.Equal("JSON", (string?)properties["LoggingConfig"]!["LogFormat"]);
        }
    }

    [Fact]
    public void Functions_ShareOneDeploymentPackage()
    {
        var packages = stack.ResourcesOfType("AWS::Lambda::Function")
            .Select(f => f.Resource["Properties"]!["Code"]!.ToJsonString()).Distinct();

        Assert.Single(packages);
    }

    [Fact]
    public void Functions_LogToTheirOwnLogGroupWithRetention()
    {
        foreach (var function in stack.Stack.Functions.All)
        {
            var logGroupId = (string?)stack.Properties(stack.LogicalId(function))["LoggingConfig"]!["LogGroup"]!["Ref"];
            var logGroup = stack.Resource(logGroupId!);

            Assert.Equal("AWS::Logs::LogGroup", (string?)logGroup["Type"]);
            Assert.Equal(30, (int)logGroup["Properties"]!["RetentionInDays"]!);
        }
    }

    [Fact]
    public void Environment_GivesEachFunctionOnlyTheVariablesItNeeds()
    {
        var functions = stack.Stack.Functions;
        var expected = new Dictionary<string, string>
        {
            [stack.LogicalId(functions.ValidateOrder)] = "{}",
            [stack.LogicalId(functions.RecordFailure)] = "{}",
            [stack.LogicalId(functions.NotifyCustomer)] =
                $$$"""{"TOPIC_ARN":{"Ref":"{{{stack.LogicalId(stack.Stack.Notifications.Topic)}}}"}}""",
            [stack.LogicalId(functions.ProcessPayment)] =
                $$$"""{"PAYMENTS_TABLE":{"Ref":"{{{stack.LogicalId(stack.Stack.Payments.Table)}}}"},"PAYMENT_DECLINE_RATE":"0.5"}""",
        };

        foreach (var (logicalId, variables) in expected)
        {
            var actual = stack.Properties(logicalId)["Environment"]?["Variables"] ?? new JsonObject();
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(variables), actual), $"{logicalId}: {actual.ToJsonString()}");
        }
    }
}
