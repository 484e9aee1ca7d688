using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrderEvents.Cdk.Tests.Fixtures;

namespace OrderEvents.Cdk.Tests.Constructs;

[Collection(DefaultStackCollection.Name)]
public sealed partial class OrderWorkflowTests(DefaultStackFixture stack)
{
    private JsonObject StateMachine => stack.Properties(stack.LogicalId(stack.Stack.Workflow.StateMachine));

    [Fact]
    public void StateMachine_IsExpressWithXRayTracing()
    {
        Assert.Single(stack.ResourcesOfType("AWS::StepFunctions::StateMachine"));
        Assert.Equal("EXPRESS", (string?)StateMachine["StateMachineType"]);
        Assert.True((bool)StateMachine["TracingConfiguration"]!["Enabled"]!);
    }

    [Fact]
    public void Logging_RecordsAllEventsWithExecutionDataInALogGroupWithRetention()
    {
        var logging = StateMachine["LoggingConfiguration"]!;
        var logGroupId = stack.LogicalId(stack.Stack.Workflow.LogGroup);

        Assert.Equal("ALL", (string?)logging["Level"]);
        Assert.True((bool)logging["IncludeExecutionData"]!);
        Assert.Equal(Symbolic.Arn(logGroupId), Symbolic.Resolve(logging["Destinations"]![0]!["CloudWatchLogsLogGroup"]!["LogGroupArn"]));
        Assert.Equal(30, (int)stack.Properties(logGroupId)["RetentionInDays"]!);
    }

    [Fact]
    public void DeployedDefinition_EqualsTheWorkflowFileAfterSubstitution()
    {
        var functions = stack.Stack.Functions;
        var arns = new Dictionary<string, string>
        {
            ["ValidateOrderFunctionArn"] = Symbolic.Arn(stack.LogicalId(functions.ValidateOrder)),
            ["ProcessPaymentFunctionArn"] = Symbolic.Arn(stack.LogicalId(functions.ProcessPayment)),
            ["NotifyCustomerFunctionArn"] = Symbolic.Arn(stack.LogicalId(functions.NotifyCustomer)),
            ["RecordFailureFunctionArn"] = Symbolic.Arn(stack.LogicalId(functions.RecordFailure)),
        };
        var substitutions = StateMachine["DefinitionSubstitutions"]!.AsObject()
            .ToDictionary(s => s.Key, s => Symbolic.Resolve(s.Value));

        var deployed = Substitute(Symbolic.Resolve(StateMachine["DefinitionString"]), substitutions);
        var expected = Substitute(File.ReadAllText(stack.Layout.WorkflowDefinitionFile), arns);

        Assert.Equal(arns, substitutions);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(deployed)), deployed);
        Assert.DoesNotContain("${", deployed, StringComparison.Ordinal);
    }

    private static string Substitute(string definition, Dictionary<string, string> values) =>
        Variable().Replace(definition, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new KeyNotFoundException($"No substitution for ${{{m.Groups[1].Value}}}."));

    [GeneratedRegex(@"\$\{([A-Za-z0-9_]+)\}")]
    private static partial Regex Variable();
}
