namespace OrderEvents.Local.StepFunctions;

/// <summary>The final status of an execution, as DescribeExecution reports it.</summary>
public enum ExecutionStatus
{
    Succeeded,
    Failed,
    TimedOut,
    Aborted,
}
