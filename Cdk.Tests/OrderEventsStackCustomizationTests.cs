using OrderEvents.Cdk.Tests.Fixtures;

namespace OrderEvents.Cdk.Tests;

/// <summary>Each context option reaches the template.</summary>
[Collection(CustomizedStackCollection.Name)]
public sealed class OrderEventsStackCustomizationTests(CustomizedStackFixture stack)
{
    [Fact]
    public void NotificationEmail_SubscribesTheAddressToTheTopic()
    {
        var (_, subscription) = Assert.Single(stack.ResourcesOfType("AWS::SNS::Subscription"));
        var properties = subscription["Properties"]!;

        Assert.Equal("email", (string?)properties["Protocol"]);
        Assert.Equal(CustomizedStackFixture.Email, (string?)properties["Endpoint"]);
        Assert.Equal(Symbolic.Ref(stack.LogicalId(stack.Stack.Notifications.Topic)), Symbolic.Resolve(properties["TopicArn"]));
    }

    [Fact]
    public void LogLevel_SetsTheStateMachineLoggingLevel()
    {
        var machine = stack.Properties(stack.LogicalId(stack.Stack.Workflow.StateMachine));

        Assert.Equal("ERROR", (string?)machine["LoggingConfiguration"]!["Level"]);
    }

    [Fact]
    public void EventBusName_NamesTheBus()
    {
        var (_, bus) = Assert.Single(stack.ResourcesOfType("AWS::Events::EventBus"));

        Assert.Equal(CustomizedStackFixture.BusName, (string?)bus["Properties"]!["Name"]);
    }

    [Fact]
    public void PaymentDeclineRate_ReachesProcessPaymentOnly()
    {
        var rates = stack.ResourcesOfType("AWS::Lambda::Function")
            .Select(f => (string?)f.Resource["Properties"]!["Environment"]?["Variables"]?["PAYMENT_DECLINE_RATE"])
            .Where(r => r is not null);

        Assert.Equal(["0.25"], rates);
    }

    [Fact]
    public void Architecture_Arm64_AppliesToEveryFunction()
    {
        Assert.All(stack.ResourcesOfType("AWS::Lambda::Function"),
            f => Assert.Equal("""["arm64"]""", f.Resource["Properties"]!["Architectures"]!.ToJsonString()));
    }
}
