using Amazon.CDK.AWS.Events;
using Constructs;

namespace OrderEvents.Cdk.Constructs;

/// <param name="EventBusName">Physical bus name; the only fixed name in the stack, because the files in events/ carry it.</param>
public sealed record OrderEventBusProps(string EventBusName);

/// <summary>The custom bus producers put OrderPlaced events on.</summary>
public sealed class OrderEventBus : Construct
{
    public OrderEventBus(Construct scope, string id, OrderEventBusProps props)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        Bus = new EventBus(this, "Bus", new EventBusProps { EventBusName = props.EventBusName });
    }

    public EventBus Bus { get; }
}
