using OrderEvents.Cdk.Tests.Fixtures;

namespace OrderEvents.Cdk.Tests.Constructs;

[Collection(DefaultStackCollection.Name)]
public sealed class OrderEventBusTests(DefaultStackFixture stack)
{
    [Fact]
    public void Bus_IsNamedAsTheEventFilesExpect()
    {
        var (_, bus) = Assert.Single(stack.ResourcesOfType("AWS::Events::EventBus"));

        Assert.Equal("order-events", (string?)bus["Properties"]!["Name"]);
    }
}
