using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.Cli.Output;

/// <summary>Short, readable renderings of durations, JSON values and errors for human output.</summary>
public static class DisplayText
{
    public static string Duration(TimeSpan? duration) => duration switch
    {
        null => string.Empty,
        { TotalMilliseconds: < 1 } d => string.Create(CultureInfo.InvariantCulture, $"{d.TotalMilliseconds:0.00} ms"),
        { TotalSeconds: < 1 } d => string.Create(CultureInfo.InvariantCulture, $"{d.TotalMilliseconds:0.0} ms"),
        { } d => string.Create(CultureInfo.InvariantCulture, $"{d.TotalSeconds:0.00} s"),
    };

    /// <summary>Compact JSON cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Abbreviate(JsonNode? node, int max)
    {
        var json = node?.ToJsonString(JsonFormats.Compact) ?? "null";
        return Truncate(json, max);
    }

    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, Math.Max(0, max - 1)), "…");

    /// <summary>
    /// "Error: message". A Lambda function error's cause is the JSON error payload; its errorMessage is
    /// what a reader wants, so it is shown instead of the raw JSON.
    /// </summary>
    public static string Error(string? error, string? cause)
    {
        var message = LambdaErrorMessage(cause) ?? cause;
        return string.IsNullOrEmpty(message) ? error ?? "error" : $"{error}: {OneLine(message)}";
    }

    public static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string? LambdaErrorMessage(string? cause)
    {
        if (cause is null || !cause.StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(cause) is JsonObject payload && payload["errorMessage"] is JsonValue message
                && message.TryGetValue<string>(out var text)
                ? text
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
