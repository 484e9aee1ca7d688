namespace OrderEvents.Local.StepFunctions;

/// <summary>The kinds of event in an execution trace (a local counterpart of the execution history).</summary>
public enum TraceEventType
{
    ExecutionStarted,
    StateEntered,
    StateExited,
    TaskScheduled,
    TaskSucceeded,
    TaskFailed,
    RetryScheduled,
    ErrorCaught,
    WaitStarted,
    ParallelBranchStarted,
    ParallelBranchSucceeded,
    ParallelBranchFailed,
    MapIterationStarted,
    MapIterationSucceeded,
    MapIterationFailed,
    ExecutionSucceeded,
    ExecutionFailed,
    ExecutionTimedOut,
    ExecutionAborted,
}
