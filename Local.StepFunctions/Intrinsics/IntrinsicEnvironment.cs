namespace OrderEvents.Local.StepFunctions.Intrinsics;

/// <summary>
/// What intrinsic functions draw on besides their arguments: the randomness behind <c>States.UUID</c> and
/// <c>States.MathRandom</c> (seed it for repeatable executions).
/// </summary>
public sealed record IntrinsicEnvironment(Random Random)
{
    /// <summary>Uses the thread-safe <see cref="System.Random.Shared"/>.</summary>
    public static IntrinsicEnvironment Shared { get; } = new(System.Random.Shared);
}
