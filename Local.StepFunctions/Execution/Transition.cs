namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>A field of a state that names another state.</summary>
internal readonly record struct Transition(string Field, string Target);
