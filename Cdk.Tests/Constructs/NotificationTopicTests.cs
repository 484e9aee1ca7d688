using OrderEvents.Cdk.Tests.Fixtures;

namespace OrderEvents.Cdk.Tests.Constructs;

[Collection(DefaultStackCollection.Name)]
public sealed class NotificationTopicTests(DefaultStackFixture stack)
{
    private string TopicId => stack.LogicalId(stack.Stack.Notifications.Topic);

    [Fact]
    public void Topic_IsEncryptedWithItsOwnRotatingKey()
    {
        var keyId = stack.LogicalId(stack.Stack.Notifications.Key);

        Assert.Equal(Symbolic.Arn(keyId), Symbolic.Resolve(stack.Properties(TopicId)["KmsMasterKeyId"]));
        Assert.True((bool)stack.Properties(keyId)["EnableKeyRotation"]!);
    }

    [Fact]
    public void TopicPolicy_DeniesPublishingWithoutTls()
    {
        var (_, policy) = Assert.Single(stack.ResourcesOfType("AWS::SNS::TopicPolicy"));
        var properties = policy["Properties"]!;
        var statement = Assert.Single(properties["PolicyDocument"]!["Statement"]!.AsArray())!;

        Assert.Equal(Symbolic.Ref(TopicId), Symbolic.Resolve(properties["Topics"]![0]));
        Assert.Equal("Deny", (string?)statement["Effect"]);
        Assert.Equal("sns:Publish", (string?)statement["Action"]);
        Assert.Equal("*", (string?)statement["Principal"]);
        Assert.Equal("false", (string?)statement["Condition"]!["Bool"]!["aws:SecureTransport"]);
    }

    [Fact]
    public void Subscription_IsAbsentWhenNoNotificationEmailIsGiven()
    {
        Assert.Empty(stack.ResourcesOfType("AWS::SNS::Subscription"));
    }
}
