using System.Text.Encodings.Web;
using System.Text.Json;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Orders;

namespace OrderEvents.Handlers.Serialization;

/// <summary>Reads and writes handler payloads with <see cref="HandlerJsonContext"/>.</summary>
public static class HandlerJson
{
    /// <summary>Error type for a payload that is not what the function expects (not a user's order problem).</summary>
    public const string InvalidInput = "InvalidInput";

    /// <summary>
    /// The context to use: camelCase, nulls omitted. Its generated options are kept as they are (no custom encoder)
    /// because only then does serialization take the source generator's fast path, about three times cheaper.
    /// </summary>
    public static HandlerJsonContext Context => HandlerJsonContext.Default;

    /// <summary>
    /// A context that leaves quotes, apostrophes and non-ASCII text unescaped, for documents people read (failure
    /// records, whose cause is itself JSON text). Slower than <see cref="Context"/>; not for the hot path.
    /// </summary>
    public static HandlerJsonContext Readable { get; } = new(new JsonSerializerOptions(HandlerJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Reads the order a previous step produced.</summary>
    /// <exception cref="FunctionException"><c>InvalidInput</c> naming what is wrong.</exception>
    public static Order ReadOrder(ReadOnlyMemory<byte> payload, string function)
    {
        try
        {
            return OrderReader.TryRead(payload.Span)
                ?? JsonSerializer.Deserialize(payload.Span, Context.Order)
                ?? throw new JsonException("The payload is null.");
        }
        catch (JsonException ex)
        {
            throw new FunctionException(InvalidInput, $"{function} expects an order as ValidateOrder returns it: {ex.Message}", ex);
        }
    }

    public static byte[] Write(Order order) => JsonSerializer.SerializeToUtf8Bytes(order, Context.Order);
}
