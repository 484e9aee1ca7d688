using Amazon.CDK.AWS.Lambda;
using OrderEvents.Cdk.Constructs;
using OrderEvents.Cdk.Tests.Fixtures;

namespace OrderEvents.Cdk.Tests.Security;

[Collection(DefaultStackCollection.Name)]
public sealed class LeastPrivilegeTests(DefaultStackFixture stack)
{
    private static readonly string[] DynamoDbReadWrite =
    [
        "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem",
        "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:GetRecords", "dynamodb:GetShardIterator",
        "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem",
    ];

    private IReadOnlyList<Grant> Grants => Grant.AllIn(stack);

    [Fact]
    public void Grants_AreExactlyTheOnesEachRoleNeeds()
    {
        var expected = ExpectedGrants().Select(g => g.ToString()).Order();

        Assert.Equal(expected, Grants.Select(g => g.ToString()).Order());
    }

    [Fact]
    public void NoStatement_AllowsAWildcardAction()
    {
        Assert.DoesNotContain(Grants, g => g.Action.Contains('*', StringComparison.Ordinal));
    }

    [Fact]
    public void WildcardResource_IsUsedOnlyForActionsThatHaveNoResourceLevelPermissions()
    {
        var unscoped = Grants.Where(g => g.Resource == "*").Select(g => g.Action).ToHashSet();

        Assert.Subset(ActionsWithoutResourceLevelPermissions.Justifications.Keys.ToHashSet(), unscoped);
    }

    [Fact]
    public void Roles_HaveNoManagedOrInlinePolicies()
    {
        foreach (var (roleId, role) in stack.ResourcesOfType("AWS::IAM::Role"))
        {
            Assert.True(role["Properties"]!["ManagedPolicyArns"] is null, $"{roleId} has managed policies");
            Assert.True(role["Properties"]!["Policies"] is null, $"{roleId} has inline policies");
        }
    }

    [Theory]
    [InlineData("sns:Publish", nameof(OrderFunctions.NotifyCustomer))]
    [InlineData("kms:GenerateDataKey", nameof(OrderFunctions.NotifyCustomer))]
    [InlineData("dynamodb:PutItem", nameof(OrderFunctions.ProcessPayment))]
    [InlineData("dynamodb:GetItem", nameof(OrderFunctions.ProcessPayment))]
    public void ServiceAccess_IsGrantedToOneFunctionOnly(string action, string functionName)
    {
        var function = stack.Stack.Functions.All.Single(f => f.Node.Id == functionName);

        var holder = Assert.Single(Grants.Where(g => g.Action == action).Select(g => g.Role).Distinct());
        Assert.Equal(RoleOf(function), holder);
    }

    [Fact]
    public void StartExecution_IsAllowedOnlyOnThisStateMachineAndOnlyToTheRule()
    {
        var grant = Assert.Single(Grants, g => g.Action == "states:StartExecution");

        Assert.Equal(Symbolic.Ref(stack.LogicalId(stack.Stack.Workflow.StateMachine)), grant.Resource);
        Assert.Equal(EventsRole(), grant.Role);
    }

    private IEnumerable<Grant> ExpectedGrants()
    {
        var functions = stack.Stack.Functions;
        var stateMachineRole = stack.LogicalId(stack.Stack.Workflow.StateMachine.Role.Node.DefaultChild!);
        foreach (var function in functions.All)
        {
            var role = RoleOf(function);
            var logGroup = Symbolic.Arn(stack.LogicalId(function.LogGroup));
            yield return new Grant(role, "logs:CreateLogStream", logGroup);
            yield return new Grant(role, "logs:PutLogEvents", logGroup);
            yield return new Grant(role, "xray:PutTelemetryRecords", "*");
            yield return new Grant(role, "xray:PutTraceSegments", "*");

            var arn = Symbolic.Arn(stack.LogicalId(function));
            yield return new Grant(stateMachineRole, "lambda:InvokeFunction", arn);
            yield return new Grant(stateMachineRole, "lambda:InvokeFunction", arn + ":*");
        }

        foreach (var action in ActionsWithoutResourceLevelPermissions.Justifications.Keys)
        {
            yield return new Grant(stateMachineRole, action, "*");
        }

        var notify = RoleOf(functions.NotifyCustomer);
        yield return new Grant(notify, "sns:Publish", Symbolic.Ref(stack.LogicalId(stack.Stack.Notifications.Topic)));
        var key = Symbolic.Arn(stack.LogicalId(stack.Stack.Notifications.Key));
        yield return new Grant(notify, "kms:Decrypt", key);
        yield return new Grant(notify, "kms:GenerateDataKey", key);

        var table = Symbolic.Arn(stack.LogicalId(stack.Stack.Payments.Table));
        foreach (var action in DynamoDbReadWrite)
        {
            yield return new Grant(RoleOf(functions.ProcessPayment), action, table);
        }

        yield return new Grant(EventsRole(), "states:StartExecution", Symbolic.Ref(stack.LogicalId(stack.Stack.Workflow.StateMachine)));
    }

    private string RoleOf(Function function) => stack.LogicalId(function.Role!.Node.DefaultChild!);

    private string EventsRole()
    {
        var target = stack.Properties(stack.LogicalId(stack.Stack.OrderPlaced.Rule))["Targets"]![0]!;
        return Symbolic.Resolve(target["RoleArn"]).Trim('{', '}').Replace(".Arn", "", StringComparison.Ordinal);
    }
}
