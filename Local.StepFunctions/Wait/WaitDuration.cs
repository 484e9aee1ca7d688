using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Wait;

/// <summary>How long a Wait state waits: a fixed value, or one read from its input.</summary>
internal sealed class WaitDuration(int? seconds, DateTimeOffset? timestamp, DataPath? secondsPath, DataPath? timestampPath)
{
    public static WaitDuration Read(FieldReader reader)
    {
        var given = 0;
        foreach (var field in (ReadOnlySpan<string>)["Seconds", "SecondsPath", "Timestamp", "TimestampPath"])
        {
            given += reader.Has(field) ? 1 : 0;
        }

        if (given != 1)
        {
            throw reader.Error("exactly one of the fields 'Seconds', 'SecondsPath', 'Timestamp' and 'TimestampPath' is required");
        }

        DateTimeOffset? timestamp = null;
        if (reader.OptionalString("Timestamp") is { } text)
        {
            timestamp = Timestamps.TryParse(text, out var parsed)
                ? parsed
                : throw reader.Error($"field 'Timestamp' must be an RFC 3339 timestamp such as 2016-03-14T01:59:00Z, not '{text}'");
        }

        return new WaitDuration(
            reader.OptionalInteger("Seconds", 0, 99_999_999),
            timestamp,
            ReadPath(reader, "SecondsPath"),
            ReadPath(reader, "TimestampPath"));
    }

    public TimeSpan Resolve(JsonNode? input, in StateContext context, DateTimeOffset now)
    {
        if (seconds is { } fixedSeconds)
        {
            return TimeSpan.FromSeconds(fixedSeconds);
        }

        if (timestamp is { } fixedTime)
        {
            return Until(fixedTime, now);
        }

        if (secondsPath is not null)
        {
            var value = secondsPath.Select(input, context);
            return JsonScalar.TryGetDouble(value, out var number) && number >= 0 && number == Math.Floor(number)
                ? TimeSpan.FromSeconds(number)
                : throw Invalid(context, secondsPath, "a non-negative integer", value);
        }

        var time = timestampPath!.Select(input, context);
        return JsonScalar.TryGetString(time, out var text) && Timestamps.TryParse(text, out var parsed)
            ? Until(parsed, now)
            : throw Invalid(context, timestampPath, "an RFC 3339 timestamp", time);
    }

    private static TimeSpan Until(DateTimeOffset time, DateTimeOffset now) => time > now ? time - now : TimeSpan.Zero;

    private static DataPath? ReadPath(FieldReader reader, string field) =>
        reader.OptionalString(field) is { } text ? reader.ParseExpression(field, () => DataPath.Parse(text)) : null;

    private static StatesRuntimeException Invalid(in StateContext context, DataPath path, string expected, JsonNode? value) =>
        new(StatesError.Runtime, DataPath.RuntimeCause(
            context.StateName, $"The value selected by '{path.Text}' must be {expected}, not {value?.ToJsonString() ?? "null"}."));
}
