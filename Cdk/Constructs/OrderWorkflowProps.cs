using Amazon.CDK.AWS.Logs;
using OrderEvents.Cdk.Configuration;

namespace OrderEvents.Cdk.Constructs;

/// <param name="DefinitionFile">The ASL definition with <c>${XxxFunctionArn}</c> substitution variables.</param>
/// <param name="Functions">The functions the definition's tasks invoke.</param>
/// <param name="LogLevel">Execution log level; Express executions are visible only through these logs.</param>
public sealed record OrderWorkflowProps(string DefinitionFile, OrderFunctions Functions, WorkflowLogLevel LogLevel)
{
    public RetentionDays LogRetention { get; init; } = RetentionDays.ONE_MONTH;
}
