namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>The error an execution ends with when it outlives its maximum duration.</summary>
internal static class ExecutionTimeout
{
    public static StatesError Error(ExecutionScope scope) =>
        new(StatesError.Timeout, $"The execution ran longer than its maximum duration of {scope.MaxDuration.TotalSeconds:0.###} seconds.");
}
