namespace OrderEvents.Local.StepFunctions;

public sealed class StateMachine
{
}
