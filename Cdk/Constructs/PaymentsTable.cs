using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.IAM;
using Constructs;

namespace OrderEvents.Cdk.Constructs;

/// <param name="RemovalPolicy">
/// What <c>cdk destroy</c> does with the table. RETAIN keeps the payment records (who was charged) after
/// the stack is gone; DESTROY deletes them.
/// </param>
public sealed record PaymentsTableProps(RemovalPolicy RemovalPolicy);

/// <summary>
/// One item per orderId recording its payment, so a repeated OrderPlaced returns the first outcome
/// instead of charging twice. Items expire through the <c>expiresAt</c> TTL attribute.
/// </summary>
public sealed class PaymentsTable : Construct
{
    public const string PartitionKey = "orderId";

    public const string TimeToLiveAttribute = "expiresAt";

    public PaymentsTable(Construct scope, string id, PaymentsTableProps props)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        Table = new Table(this, "Table", new TableProps
        {
            PartitionKey = new Amazon.CDK.AWS.DynamoDB.Attribute { Name = PartitionKey, Type = AttributeType.STRING },
            BillingMode = BillingMode.PAY_PER_REQUEST,
            Encryption = TableEncryption.AWS_MANAGED,
            PointInTimeRecovery = true,
            TimeToLiveAttribute = TimeToLiveAttribute,
            RemovalPolicy = props.RemovalPolicy,
        });
    }

    public Table Table { get; }

    public void GrantReadWriteData(IGrantable grantee) => Table.GrantReadWriteData(grantee);
}
