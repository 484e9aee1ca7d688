using OrderEvents.Local.StepFunctions.Definition;

namespace OrderEvents.Local.StepFunctions.Map;

/// <summary>
/// ToleratedFailureCount / ToleratedFailurePercentage: how many failed iterations a Map state accepts before
/// failing with States.ExceedToleratedFailureThreshold. Without either, the first failure fails the state.
/// </summary>
internal sealed class FailureTolerance(int? count, double? percentage)
{
    public static readonly FailureTolerance None = new(null, null);

    public bool IsStrict => count is null && percentage is null;

    public static FailureTolerance Read(FieldReader reader)
    {
        var count = reader.OptionalInteger("ToleratedFailureCount", 0);
        var percentage = reader.OptionalNumber("ToleratedFailurePercentage", 0);
        if (percentage > 100)
        {
            throw reader.Error("field 'ToleratedFailurePercentage' must be a number from 0 to 100");
        }

        return count is null && percentage is null ? None : new FailureTolerance(count, percentage);
    }

    public bool IsExceeded(int failures, int total) =>
        (count is { } maxCount && failures > maxCount)
        || (percentage is { } maxPercentage && total > 0 && failures * 100.0 / total > maxPercentage);
}
