namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>The names and ARNs that <c>$$.Execution</c> and <c>$$.StateMachine</c> expose.</summary>
internal sealed record ExecutionIdentity(
    string ExecutionName,
    string ExecutionArn,
    string StateMachineName,
    string StateMachineArn,
    string RoleArn)
{
    public static ExecutionIdentity Create(ExecutionOptions options, Random random)
    {
        var name = options.ExecutionName ?? random.NewUuid();
        var prefix = $"arn:aws:states:{options.Region}:{options.AccountId}:";

        // Express execution ARNs carry the name and a run id.
        return new ExecutionIdentity(
            name,
            $"{prefix}express:{options.StateMachineName}:{name}:{random.NewUuid()}",
            options.StateMachineName,
            $"{prefix}stateMachine:{options.StateMachineName}",
            $"arn:aws:iam::{options.AccountId}:role/{options.StateMachineName}-role");
    }
}
