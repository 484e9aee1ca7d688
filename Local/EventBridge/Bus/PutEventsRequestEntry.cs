namespace OrderEvents.Local.EventBridge.Bus;

/// <summary>
/// One entry of a PutEvents call, as the API takes it. <see cref="Detail"/> is the detail object
/// serialized as a JSON string; <see cref="EventBusName"/> is a name or ARN (omitted: "default").
/// </summary>
public sealed record PutEventsRequestEntry(
    string? Source,
    string? DetailType,
    string? Detail,
    string? EventBusName = null,
    IReadOnlyList<string>? Resources = null,
    DateTimeOffset? Time = null);
