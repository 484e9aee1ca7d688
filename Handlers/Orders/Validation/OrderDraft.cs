using System.Text.Json;

namespace OrderEvents.Handlers.Orders.Validation;

/// <summary>A JSON string-valued field as found: its kind (<see cref="JsonValueKind.Undefined"/> when absent) and text.</summary>
internal readonly record struct TextField(JsonValueKind Kind, string? Value);

/// <summary>A JSON number-valued field as found; <see cref="Value"/> is null for a number outside the decimal range.</summary>
internal readonly record struct NumberField(JsonValueKind Kind, decimal? Value);

/// <summary>An OrderPlaced event as read, before any rule is checked: every field keeps the JSON kind it arrived with.</summary>
internal sealed class OrderDraft
{
    public JsonValueKind EventKind { get; set; }

    public string? EventId { get; set; }

    public string? EventTime { get; set; }

    public TextField DetailType { get; set; }

    public JsonValueKind DetailKind { get; set; }

    public TextField OrderId { get; set; }

    public TextField Customer { get; set; }

    public JsonValueKind ItemsKind { get; set; }

    public List<LineDraft> Items { get; } = [];

    public TextField Currency { get; set; }

    public NumberField Total { get; set; }

    /// <summary>Paths of fields given more than once (e.g. <c>orderId</c>, <c>items[1].sku</c>).</summary>
    public List<string> Repeated { get; } = [];
}

/// <summary>One element of <c>items</c> as read.</summary>
internal sealed class LineDraft(JsonValueKind kind)
{
    public JsonValueKind Kind { get; } = kind;

    public TextField Sku { get; set; }

    public NumberField Quantity { get; set; }

    public NumberField UnitPrice { get; set; }
}
