namespace OrderEvents.Handlers.Orders;

/// <summary>One validated order line.</summary>
public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice);
