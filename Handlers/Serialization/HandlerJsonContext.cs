using System.Text.Json.Serialization;
using OrderEvents.Handlers.Events;
using OrderEvents.Handlers.Failures;
using OrderEvents.Handlers.Orders;

namespace OrderEvents.Handlers.Serialization;

/// <summary>Source-generated (reflection-free, AOT-safe) JSON metadata for every type the handlers read or write.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(FailureRecord))]
[JsonSerializable(typeof(EventEnvelope))]
public sealed partial class HandlerJsonContext : JsonSerializerContext;
