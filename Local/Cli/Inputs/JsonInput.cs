using System.Text.Json;
using System.Text.Json.Nodes;
using OrderEvents.Local.Cli.Arguments;
using OrderEvents.Local.StepFunctions;

namespace OrderEvents.Local.Cli.Inputs;

/// <summary>Parses option text as JSON, turning a syntax error into a one-line usage error with its position.</summary>
public static class JsonInput
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = StateMachine.MaxInputDepth };

    public static JsonNode? Parse(string text, string option)
    {
        try
        {
            return JsonNode.Parse(text, documentOptions: Options);
        }
        catch (JsonException ex)
        {
            throw new UsageException($"--{option}: malformed JSON: {Describe(ex)}");
        }
    }

    /// <summary>The reason and position of a JSON syntax error, without the reader's internal path noise.</summary>
    public static string Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var reason = exception.Message;
        var cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        if (cut >= 0)
        {
            reason = reason[..cut];
        }

        return exception.LineNumber is { } line
            ? $"{reason.TrimEnd('.', ' ')} (line {line + 1}, column {exception.BytePositionInLine + 1})"
            : reason;
    }
}
