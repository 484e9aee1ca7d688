using OrderEvents.Local.StepFunctions.Mocking;
using OrderEvents.Local.StepFunctions.Tasks;

namespace OrderEvents.Local.StepFunctions;

/// <summary>What one execution runs against. Reusable across executions.</summary>
public sealed record ExecutionOptions
{
    /// <summary>Runs Lambda Task states; a Lambda task fails with a clear error when this is missing.</summary>
    public ILambdaInvoker? Lambda { get; init; }

    /// <summary>Runs <c>sns:publish</c> Task states; such a task fails with a clear error when this is missing.</summary>
    public ITopicPublisher? Topics { get; init; }

    /// <summary>The clock for Wait states, retry delays, timeouts and timestamps.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Source of retry jitter, execution names and request ids; seed it for repeatable runs. Access is
    /// serialized, so one instance may serve concurrent executions. <see langword="null"/> uses <see cref="System.Random.Shared"/>.
    /// </summary>
    public Random? Random { get; init; }

    /// <summary>The execution name; a UUID when <see langword="null"/>.</summary>
    public string? ExecutionName { get; init; }

    public string StateMachineName { get; init; } = "StateMachine";

    public string Region { get; init; } = "us-east-1";

    public string AccountId { get; init; } = "123456789012";

    /// <summary>Mocked Task responses (Step Functions Local format), consulted before every Task attempt.</summary>
    public ITaskMockSession? Mocks { get; init; }

    /// <summary>Receives every trace event as it happens.</summary>
    public IExecutionObserver? Observer { get; init; }

    /// <summary>Whether <see cref="ExecutionResult.Trace"/> is recorded; benchmarks turn it off.</summary>
    public bool RecordTrace { get; init; } = true;

    /// <summary>The longest an execution may run before it ends as TimedOut (Express: 5 minutes).</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(5);
}
