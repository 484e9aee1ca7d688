using Amazon.CDK;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AWS.SQS;
using Constructs;
using OrderEvents.Cdk.Events;

namespace OrderEvents.Cdk.Constructs;

/// <summary>
/// The rule that starts the workflow for every OrderPlaced event. Events EventBridge cannot deliver
/// after its retries land in an encrypted dead-letter queue instead of being dropped.
/// </summary>
public sealed class OrderPlacedRule : Construct
{
    public OrderPlacedRule(Construct scope, string id, OrderPlacedRuleProps props)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);

        DeadLetterQueue = new Queue(this, "DeadLetterQueue", new QueueProps
        {
            Encryption = QueueEncryption.SQS_MANAGED,
            EnforceSSL = true,
            RetentionPeriod = Duration.Days(14),
        });
        Rule = new Rule(this, "Rule", new RuleProps
        {
            Description = "Starts the order workflow for each OrderPlaced event",
            EventBus = props.Bus,
            EventPattern = EventPatternFile.Read(props.PatternFile),
        });
        Rule.AddTarget(new SfnStateMachine(props.Workflow, new SfnStateMachineProps
        {
            DeadLetterQueue = DeadLetterQueue,
            RetryAttempts = props.RetryAttempts,
            MaxEventAge = Duration.Seconds(props.MaxEventAge.TotalSeconds),
        }));
    }

    public Queue DeadLetterQueue { get; }

    public Rule Rule { get; }
}
