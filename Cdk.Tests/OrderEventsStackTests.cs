using OrderEvents.Cdk.Tests.Fixtures;

namespace OrderEvents.Cdk.Tests;

[Collection(DefaultStackCollection.Name)]
public sealed class OrderEventsStackTests(DefaultStackFixture stack)
{
    private static readonly string[] PhysicalNameProperties =
        ["FunctionName", "RoleName", "TopicName", "QueueName", "TableName", "StateMachineName", "LogGroupName", "Name"];

    [Fact]
    public void Outputs_NameWhatAUserNeedsToSendAndWatchOrders()
    {
        var s = stack.Stack;
        var expected = new Dictionary<string, string>
        {
            ["EventBusName"] = Symbolic.Ref(stack.LogicalId(s.Bus.Bus)),
            ["TopicArn"] = Symbolic.Ref(stack.LogicalId(s.Notifications.Topic)),
            ["StateMachineArn"] = Symbolic.Ref(stack.LogicalId(s.Workflow.StateMachine)),
            ["DeadLetterQueueUrl"] = Symbolic.Ref(stack.LogicalId(s.OrderPlaced.DeadLetterQueue)),
            ["PaymentsTableName"] = Symbolic.Ref(stack.LogicalId(s.Payments.Table)),
            ["LogGroupName"] = Symbolic.Ref(stack.LogicalId(s.Workflow.LogGroup)),
        };

        var outputs = stack.Json["Outputs"]!.AsObject().ToDictionary(o => o.Key, o => Symbolic.Resolve(o.Value!["Value"]));

        Assert.Equal(expected, outputs);
    }

    [Fact]
    public void Resources_HaveGeneratedNames_ExceptTheBusWhichTheEventFilesCarry()
    {
        var named = stack.Resources
            .Where(r => PhysicalNameProperties.Any(p => r.Value!["Properties"]?[p] is not null))
            .Select(r => (string?)r.Value!["Type"]);

        Assert.Equal(["AWS::Events::EventBus"], named);
    }

    [Theory]
    [InlineData("AWS::Lambda::Function", 4)]
    [InlineData("AWS::StepFunctions::StateMachine", 1)]
    [InlineData("AWS::Events::EventBus", 1)]
    [InlineData("AWS::Events::Rule", 1)]
    [InlineData("AWS::SQS::Queue", 1)]
    [InlineData("AWS::SNS::Topic", 1)]
    [InlineData("AWS::KMS::Key", 1)]
    [InlineData("AWS::DynamoDB::Table", 1)]
    [InlineData("AWS::Logs::LogGroup", 5)]
    [InlineData("AWS::IAM::Role", 6)]
    public void Template_HasTheExpectedNumberOfEachResource(string type, int count)
    {
        stack.Template.ResourceCountIs(type, count);
    }

    [Fact]
    public void Template_IsTheOnlyStackInTheApp()
    {
        Assert.Equal("OrderEventsStack", stack.Stack.StackName);
        Assert.True(File.Exists(stack.TemplatePath));
    }
}
