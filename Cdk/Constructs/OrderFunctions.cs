using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Constructs;

namespace OrderEvents.Cdk.Constructs;

/// <summary>
/// The four workflow functions. They share one package; Lambda passes the handler string as
/// <c>_HANDLER</c>, which is how the single <c>bootstrap</c> picks the function to run. Each function
/// gets its own role, so each grant reaches only the function that needs it. The roles carry no managed
/// policy: instead of AWSLambdaBasicExecutionRole (logs on every log group), each may write only to its own.
/// </summary>
public sealed class OrderFunctions : Construct
{
    public const string ValidateOrderName = "ValidateOrder";
    public const string ProcessPaymentName = "ProcessPayment";
    public const string NotifyCustomerName = "NotifyCustomer";
    public const string RecordFailureName = "RecordFailure";

    private readonly OrderFunctionsProps props;

    public OrderFunctions(Construct scope, string id, OrderFunctionsProps props)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        this.props = props;

        ValidateOrder = Create(ValidateOrderName, "Validates an OrderPlaced event and normalizes the order", new());
        ProcessPayment = Create(ProcessPaymentName, "Charges an order once per orderId through the payment gateway", new()
        {
            ["PAYMENTS_TABLE"] = props.PaymentsTableName,
            ["PAYMENT_DECLINE_RATE"] = props.DeclineRateText,
        });
        NotifyCustomer = Create(NotifyCustomerName, "Publishes the order confirmation to the notification topic", new()
        {
            ["TOPIC_ARN"] = props.TopicArn,
        });
        RecordFailure = Create(RecordFailureName, "Logs one structured record for a failed order", new());
    }

    public Function ValidateOrder { get; }

    public Function ProcessPayment { get; }

    public Function NotifyCustomer { get; }

    public Function RecordFailure { get; }

    public IReadOnlyList<Function> All => [ValidateOrder, ProcessPayment, NotifyCustomer, RecordFailure];

    private Function Create(string name, string description, Dictionary<string, string> environment)
    {
        var logGroup = new LogGroup(this, name + "Logs", new LogGroupProps
        {
            Retention = props.LogRetention,
            RemovalPolicy = RemovalPolicy.DESTROY,
        });
        var role = new Role(this, name + "Role", new RoleProps
        {
            AssumedBy = new ServicePrincipal("lambda.amazonaws.com"),
            Description = $"Runs the {name} function",
        });
        logGroup.GrantWrite(role);
        return new Function(this, name, new FunctionProps
        {
            Role = role,
            Description = description,
            Runtime = Runtime.PROVIDED_AL2023,
            Architecture = props.Platform.LambdaArchitecture,
            Handler = name,
            Code = props.Code,
            MemorySize = props.MemorySize,
            Timeout = Duration.Millis(props.Timeout.TotalMilliseconds),
            Tracing = Tracing.ACTIVE,
            LoggingFormat = LoggingFormat.JSON,
            LogGroup = logGroup,
            Environment = environment,
        });
    }
}
