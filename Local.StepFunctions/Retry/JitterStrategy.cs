namespace OrderEvents.Local.StepFunctions.Retry;

/// <summary>NONE waits the computed interval; FULL waits a random time between zero and it.</summary>
internal enum JitterStrategy
{
    None,
    Full,
}
