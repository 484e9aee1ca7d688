using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderEvents.Handlers.Events;

/// <summary>
/// The EventBridge event as delivered to a target, in the key order AWS writes it. A Step Functions
/// target receives it whole as the execution input, so it is ValidateOrder's payload.
/// </summary>
public sealed record EventEnvelope
{
    [JsonPropertyName("version")]
    public string Version { get; init; } = "0";

    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("detail-type")]
    public required string DetailType { get; init; }

    [JsonPropertyName("source")]
    public required string Source { get; init; }

    [JsonPropertyName("account")]
    public required string Account { get; init; }

    /// <summary>Second precision, UTC, e.g. <c>2022-07-13T13:48:01Z</c>.</summary>
    [JsonPropertyName("time")]
    public required string Time { get; init; }

    [JsonPropertyName("region")]
    public required string Region { get; init; }

    [JsonPropertyName("resources")]
    public IReadOnlyList<string> Resources { get; init; } = [];

    [JsonPropertyName("detail")]
    public required JsonElement Detail { get; init; }
}
