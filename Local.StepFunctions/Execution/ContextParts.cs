namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>
/// The sections of the context object an expression reads, found once at parse time so that evaluating it
/// builds only those (copying <c>$$.Execution.Input</c> for every Map item would cost more than the item).
/// </summary>
[Flags]
internal enum ContextParts
{
    None = 0,
    Execution = 1,
    ExecutionInput = 2,
    State = 4,
    StateMachine = 8,
    Map = 16,
    All = Execution | ExecutionInput | State | StateMachine | Map,
}
