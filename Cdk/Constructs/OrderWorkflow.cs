using Amazon.CDK;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.StepFunctions;
using Constructs;
using OrderEvents.Cdk.Configuration;

namespace OrderEvents.Cdk.Constructs;

/// <summary>
/// The EXPRESS state machine running the workflow definition file. The definition is embedded in the
/// template (rather than uploaded as a separate file asset) so the template alone shows what runs;
/// the function ARNs are filled in by CloudFormation through DefinitionSubstitutions.
/// </summary>
public sealed class OrderWorkflow : Construct
{
    public OrderWorkflow(Construct scope, string id, OrderWorkflowProps props)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        var functions = props.Functions;

        LogGroup = new LogGroup(this, "Logs", new LogGroupProps
        {
            Retention = props.LogRetention,
            RemovalPolicy = RemovalPolicy.DESTROY,
        });
        StateMachine = new StateMachine(this, "StateMachine", new StateMachineProps
        {
            StateMachineType = StateMachineType.EXPRESS,
            DefinitionBody = DefinitionBody.FromString(File.ReadAllText(props.DefinitionFile)),
            DefinitionSubstitutions = DefinitionSubstitutions(functions),
            TracingEnabled = true,
            Logs = new LogOptions
            {
                Destination = LogGroup,
                Level = ToCdk(props.LogLevel),
                IncludeExecutionData = true,
            },
        });

        foreach (var function in functions.All)
        {
            function.GrantInvoke(StateMachine);
        }
    }

    public LogGroup LogGroup { get; }

    public StateMachine StateMachine { get; }

    /// <summary>The substitution variable of each function, as the definition file names them.</summary>
    public static Dictionary<string, string> DefinitionSubstitutions(OrderFunctions functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        return new Dictionary<string, string>
        {
            ["ValidateOrderFunctionArn"] = functions.ValidateOrder.FunctionArn,
            ["ProcessPaymentFunctionArn"] = functions.ProcessPayment.FunctionArn,
            ["NotifyCustomerFunctionArn"] = functions.NotifyCustomer.FunctionArn,
            ["RecordFailureFunctionArn"] = functions.RecordFailure.FunctionArn,
        };
    }

    private static LogLevel ToCdk(WorkflowLogLevel level) => level switch
    {
        WorkflowLogLevel.All => LogLevel.ALL,
        WorkflowLogLevel.Error => LogLevel.ERROR,
        WorkflowLogLevel.Fatal => LogLevel.FATAL,
        WorkflowLogLevel.Off => LogLevel.OFF,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown log level."),
    };
}
