using OrderEvents.Local.StepFunctions.Definition;

namespace OrderEvents.Local.StepFunctions.Retry;

/// <summary>
/// One entry of a Retry field. Defaults as AWS: IntervalSeconds 1, MaxAttempts 3 (0 never retries),
/// BackoffRate 2.0, no MaxDelaySeconds cap, JitterStrategy NONE.
/// </summary>
internal sealed class Retrier(string[] errorEquals, int intervalSeconds, int maxAttempts, double backoffRate, int? maxDelaySeconds, JitterStrategy jitter)
{
    private static readonly HashSet<string> Fields =
        ["ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment"];

    public string[] ErrorEquals { get; } = errorEquals;

    public int MaxAttempts { get; } = maxAttempts;

    public static Retrier Parse(FieldReader reader)
    {
        reader.RejectUnknownFields(Fields, "a retrier");
        var jitter = reader.OptionalString("JitterStrategy") switch
        {
            null or "NONE" => JitterStrategy.None,
            "FULL" => JitterStrategy.Full,
            var other => throw reader.Error($"field 'JitterStrategy' must be FULL or NONE, not '{other}'"),
        };

        return new Retrier(
            reader.RequiredStrings("ErrorEquals"),
            reader.OptionalInteger("IntervalSeconds", 1, 99_999_999) ?? 1,
            reader.OptionalInteger("MaxAttempts", 0, 99_999_999) ?? 3,
            reader.OptionalNumber("BackoffRate", 1.0) ?? 2.0,
            reader.OptionalInteger("MaxDelaySeconds", 1, 31_622_400),
            jitter);
    }

    /// <summary>The wait before retry number <paramref name="attempt"/> (0 for the first retry).</summary>
    public TimeSpan Delay(int attempt, Random random)
    {
        var seconds = intervalSeconds * Math.Pow(backoffRate, attempt);
        if (maxDelaySeconds is { } cap && seconds > cap)
        {
            seconds = cap;
        }

        if (jitter == JitterStrategy.Full)
        {
            seconds *= random.NextDouble();
        }

        return TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds / 2));
    }
}
