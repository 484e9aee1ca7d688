using System.Text.Json;

namespace OrderEvents.Handlers.Failures;

/// <summary>
/// Reads RecordFailure's input <c>{"failedState", "executionId", "input": {..., "error": {"Error", "Cause"}}}</c>
/// leniently: anything missing or of an unexpected type becomes null, and nothing here throws.
/// </summary>
internal static class FailureInputReader
{
    public static FailureRecord Read(ReadOnlyMemory<byte> payload)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload);
        }
        catch (JsonException ex)
        {
            return new FailureRecord(null, null, null, $"RecordFailure received input that is not JSON ({ex.Message})", null, null);
        }

        using (document)
        {
            var root = document.RootElement;
            var input = Property(root, "input");
            var error = Property(input, "error");
            var cause = Text(Property(error, "Cause"));

            // ValidateOrder fails on the EventBridge envelope (orderId in detail); later states on the order itself.
            var orderId = Text(Property(input, "orderId")) ?? Text(Property(Property(input, "detail"), "orderId"));
            return new FailureRecord(
                orderId,
                Text(Property(root, "failedState")),
                Text(Property(error, "Error")),
                cause,
                LambdaErrorMessage(cause),
                Text(Property(root, "executionId")));
        }
    }

    private static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static string? Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };

    /// <summary>The <c>errorMessage</c> inside a cause like <c>{"errorMessage":"...","errorType":"...","stackTrace":[]}</c>.</summary>
    private static string? LambdaErrorMessage(string? cause)
    {
        if (cause is null || !cause.StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(cause);
            return Text(Property(document.RootElement, "errorMessage"));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
