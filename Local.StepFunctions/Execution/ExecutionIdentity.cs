namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>The names and ARNs that <c>$$.Execution</c> and <c>$$.StateMachine</c> expose.</summary>
internal sealed record ExecutionIdentity(
    string ExecutionName,
    string ExecutionArn,
    string StateMachineName,
    string StateMachineArn,
    string RoleArn)
{
    // The last state machine's ARNs: most callers run one machine with one set of options over and over.
    private static MachineArns? s_last;

    public static ExecutionIdentity Create(ExecutionOptions options, Random random)
    {
        var machine = MachineArns.For(options);
        var name = options.ExecutionName ?? random.NewUuid();

        // Express execution ARNs carry the name and a run id.
        return new ExecutionIdentity(
            name,
            string.Concat(machine.ExecutionPrefix, name, ":", random.NewUuid()),
            options.StateMachineName,
            machine.StateMachineArn,
            machine.RoleArn);
    }

    private sealed record MachineArns(string Region, string AccountId, string Name, string ExecutionPrefix, string StateMachineArn, string RoleArn)
    {
        public static MachineArns For(ExecutionOptions options)
        {
            var last = s_last;
            if (last is not null && last.Region == options.Region && last.AccountId == options.AccountId && last.Name == options.StateMachineName)
            {
                return last;
            }

            var prefix = $"arn:aws:states:{options.Region}:{options.AccountId}:";
            var arns = new MachineArns(
                options.Region,
                options.AccountId,
                options.StateMachineName,
                $"{prefix}express:{options.StateMachineName}:",
                $"{prefix}stateMachine:{options.StateMachineName}",
                $"arn:aws:iam::{options.AccountId}:role/{options.StateMachineName}-role");
            s_last = arns;
            return arns;
        }
    }
}
