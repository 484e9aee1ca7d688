using Amazon.CDK;
using Constructs;
using OrderEvents.Cdk.Bundling;
using OrderEvents.Cdk.Constructs;

namespace OrderEvents.Cdk;

/// <summary>
/// The deployed order workflow: bus -> rule -> EXPRESS state machine -> four functions, plus the
/// notification topic and the payments table. Construct ids are stable; renaming one replaces the resource.
/// </summary>
public sealed class OrderEventsStack : Stack
{
    public OrderEventsStack(Construct scope, string id, OrderEventsStackProps props)
        : base(scope, id, props)
    {
        ArgumentNullException.ThrowIfNull(props);
        var settings = props.Settings;
        var platform = new TargetPlatform(settings.Architecture);

        var topic = Notifications = new NotificationTopic(this, "Notifications", new NotificationTopicProps(settings.NotificationEmail));
        var payments = Payments = new PaymentsTable(this, "Payments", new PaymentsTableProps(RemovalPolicy.RETAIN));
        var functions = Functions = new OrderFunctions(this, "Functions", new OrderFunctionsProps(
            BootstrapCode.Create(props.Layout, platform),
            platform,
            topic.Topic.TopicArn,
            payments.Table.TableName,
            settings.PaymentDeclineRate));
        topic.GrantPublish(functions.NotifyCustomer);
        payments.GrantReadWriteData(functions.ProcessPayment);

        var workflow = Workflow = new OrderWorkflow(this, "Workflow", new OrderWorkflowProps(
            props.Layout.WorkflowDefinitionFile, functions, settings.WorkflowLogLevel));
        var bus = Bus = new OrderEventBus(this, "Bus", new OrderEventBusProps(settings.EventBusName));
        var rule = OrderPlaced = new OrderPlacedRule(this, "OrderPlaced", new OrderPlacedRuleProps(
            bus.Bus, props.Layout.RulePatternFile, workflow.StateMachine));

        Output("EventBusName", bus.Bus.EventBusName, "Bus to put OrderPlaced events on");
        Output("TopicArn", topic.Topic.TopicArn, "Topic that receives order notifications");
        Output("StateMachineArn", workflow.StateMachine.StateMachineArn, "EXPRESS state machine running each order");
        Output("DeadLetterQueueUrl", rule.DeadLetterQueue.QueueUrl, "Events the rule could not deliver");
        Output("PaymentsTableName", payments.Table.TableName, "Payment record per orderId");
        Output("LogGroupName", workflow.LogGroup.LogGroupName, "Execution logs of the state machine");
    }

    public NotificationTopic Notifications { get; }

    public PaymentsTable Payments { get; }

    public OrderFunctions Functions { get; }

    public OrderWorkflow Workflow { get; }

    public OrderEventBus Bus { get; }

    public OrderPlacedRule OrderPlaced { get; }

    private void Output(string id, string value, string description) =>
        _ = new CfnOutput(this, id, new CfnOutputProps { Value = value, Description = description });
}
