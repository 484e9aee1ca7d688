using System.Text.Json.Nodes;
using OrderEvents.Cdk.Tests.Fixtures;

namespace OrderEvents.Cdk.Tests.Constructs;

[Collection(DefaultStackCollection.Name)]
public sealed class OrderPlacedRuleTests(DefaultStackFixture stack)
{
    private string QueueId => stack.LogicalId(stack.Stack.OrderPlaced.DeadLetterQueue);

    private JsonObject Rule => stack.Properties(stack.LogicalId(stack.Stack.OrderPlaced.Rule));

    private JsonNode Target => Assert.Single(Rule["Targets"]!.AsArray())!;

    [Fact]
    public void Rule_ListensOnTheCustomBus()
    {
        Assert.Equal(Symbolic.Ref(stack.LogicalId(stack.Stack.Bus.Bus)), Symbolic.Resolve(Rule["EventBusName"]));
    }

    [Fact]
    public void Rule_PatternEqualsThePatternFile()
    {
        var file = JsonNode.Parse(File.ReadAllText(stack.Layout.RulePatternFile));

        Assert.True(JsonNode.DeepEquals(file, Rule["EventPattern"]), Rule["EventPattern"]!.ToJsonString());
    }

    [Fact]
    public void Target_StartsTheStateMachineWithABoundedRetryPolicy()
    {
        Assert.Equal(Symbolic.Ref(stack.LogicalId(stack.Stack.Workflow.StateMachine)), Symbolic.Resolve(Target["Arn"]));
        Assert.Equal(8, (int)Target["RetryPolicy"]!["MaximumRetryAttempts"]!);
        Assert.Equal(7200, (int)Target["RetryPolicy"]!["MaximumEventAgeInSeconds"]!);
    }

    [Fact]
    public void Target_DeadLettersUndeliverableEventsToTheQueue()
    {
        Assert.Equal(Symbolic.Arn(QueueId), Symbolic.Resolve(Target["DeadLetterConfig"]!["Arn"]));
    }

    [Fact]
    public void DeadLetterQueue_IsEncryptedAndKeepsEventsForFourteenDays()
    {
        var queue = stack.Properties(QueueId);

        Assert.True((bool)queue["SqsManagedSseEnabled"]!);
        Assert.Equal(1_209_600, (int)queue["MessageRetentionPeriod"]!);
    }

    [Fact]
    public void DeadLetterQueuePolicy_DeniesNonTlsAndAcceptsOnlyThisRulesEvents()
    {
        var statements = stack.ResourcesOfType("AWS::SQS::QueuePolicy")
            .Single(p => Symbolic.Resolve(p.Resource["Properties"]!["Queues"]![0]) == Symbolic.Ref(QueueId))
            .Resource["Properties"]!["PolicyDocument"]!["Statement"]!.AsArray();

        var deny = Assert.Single(statements, s => (string?)s!["Effect"] == "Deny")!;
        Assert.Equal("false", (string?)deny["Condition"]!["Bool"]!["aws:SecureTransport"]);

        var allow = Assert.Single(statements, s => (string?)s!["Effect"] == "Allow")!;
        Assert.Equal("sqs:SendMessage", (string?)allow["Action"]);
        Assert.Equal("events.amazonaws.com", (string?)allow["Principal"]!["Service"]);
        Assert.Equal(
            Symbolic.Arn(stack.LogicalId(stack.Stack.OrderPlaced.Rule)),
            Symbolic.Resolve(allow["Condition"]!["ArnEquals"]!["aws:SourceArn"]));
    }
}
