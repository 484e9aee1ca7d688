namespace OrderEvents.Local.EventBridge.Patterns;

/// <summary>
/// The pattern is longer than PutRule and TestEventPattern accept (<see cref="EventPattern.MaxLength"/> characters);
/// AWS rejects it with a <c>ValidationException</c> before reading it.
/// </summary>
public sealed class EventPatternTooLongException(int length)
    : Exception($"1 validation error detected: Value at 'eventPattern' failed to satisfy constraint: Member must have length less than or equal to {EventPattern.MaxLength} (this pattern has {length} characters)")
{
    public int Length { get; } = length;
}
