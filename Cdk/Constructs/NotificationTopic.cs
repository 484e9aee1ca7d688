using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.SNS.Subscriptions;
using Constructs;

namespace OrderEvents.Cdk.Constructs;

public sealed record NotificationTopicProps(string? EmailAddress);

/// <summary>
/// The SNS topic NotifyCustomer publishes to: encrypted with its own KMS key, TLS-only, and with an
/// e-mail subscription when an address is given (SNS mails a confirmation link first).
/// </summary>
public sealed class NotificationTopic : Construct
{
    public NotificationTopic(Construct scope, string id, NotificationTopicProps props)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);

        // A customer-managed key lets GrantPublish give the publisher exactly this key, nothing wider.
        Key = new Key(this, "Key", new KeyProps
        {
            Description = "Encrypts OrderEvents customer notifications at rest",
            EnableKeyRotation = true,
            RemovalPolicy = RemovalPolicy.DESTROY,
            PendingWindow = Duration.Days(7),
        });
        Topic = new Topic(this, "Topic", new TopicProps
        {
            DisplayName = "OrderEvents",
            MasterKey = Key,
            EnforceSSL = true,
        });

        // The topic's EnforceSSL only lands in a policy created for cross-account grants, which this
        // stack never makes; this policy always exists, so publishing without TLS is always denied.
        _ = new TopicPolicy(this, "TlsOnlyPolicy", new TopicPolicyProps { Topics = [Topic], EnforceSSL = true });

        if (props.EmailAddress is not null)
        {
            Topic.AddSubscription(new EmailSubscription(props.EmailAddress));
        }
    }

    public Key Key { get; }

    public Topic Topic { get; }

    /// <summary>Lets <paramref name="publisher"/> publish to this topic and use its key for that.</summary>
    public void GrantPublish(IGrantable publisher)
    {
        Topic.GrantPublish(publisher);

        // SNS encrypts each published message with a data key it asks KMS for on the publisher's behalf;
        // Topic.GrantPublish does not add these, so they are granted here on this key only.
        Key.Grant(publisher, "kms:GenerateDataKey", "kms:Decrypt");
    }
}
