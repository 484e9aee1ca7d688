using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.StepFunctions;

namespace OrderEvents.Cdk.Constructs;

/// <param name="Bus">The bus the rule listens on.</param>
/// <param name="PatternFile">The event pattern file, shared with the local runtime.</param>
/// <param name="Workflow">The state machine each matching event starts.</param>
public sealed record OrderPlacedRuleProps(IEventBus Bus, string PatternFile, IStateMachine Workflow)
{
    /// <summary>How often EventBridge retries a failed StartExecution before dead-lettering the event.</summary>
    public int RetryAttempts { get; init; } = 8;

    /// <summary>How long EventBridge keeps retrying; an order older than this is dead-lettered.</summary>
    public TimeSpan MaxEventAge { get; init; } = TimeSpan.FromHours(2);
}
