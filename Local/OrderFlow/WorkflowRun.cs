using OrderEvents.Local.Sns;
using OrderEvents.Local.StepFunctions;

namespace OrderEvents.Local.OrderFlow;

/// <summary>One execution a rule started for one event: how it ended and what it published.</summary>
public sealed record WorkflowRun(
    string EventId,
    string RuleName,
    string StateMachineArn,
    ExecutionResult Result,
    IReadOnlyList<PublishResult> Notifications);
