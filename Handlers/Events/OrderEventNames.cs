namespace OrderEvents.Handlers.Events;

/// <summary>The names the order events carry (the rule in workflow/order-placed.pattern.json matches them).</summary>
public static class OrderEventNames
{
    public const string Source = "orderevents.orders";

    public const string OrderPlaced = "OrderPlaced";
}
