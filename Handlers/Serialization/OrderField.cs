namespace OrderEvents.Handlers.Serialization;

/// <summary>The property names <see cref="OrderReader"/> knows; each value is the name's position in <see cref="FieldSet"/>'s table.</summary>
internal enum OrderField
{
    Unknown = -1,
    Status,
    OrderId,
    Customer,
    Items,
    Currency,
    Total,
    EventId,
    EventTime,
    Payment,
    Notification,
    Sku,
    Quantity,
    UnitPrice,
    Amount,
    Reference,
    ProcessedAt,
    MessageId,
    TopicArn,
}
