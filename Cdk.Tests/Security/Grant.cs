using OrderEvents.Cdk.Tests.Fixtures;

namespace OrderEvents.Cdk.Tests.Security;

/// <summary>One action one role may take on one resource, from an AWS::IAM::Policy of the template.</summary>
public sealed record Grant(string Role, string Action, string Resource)
{
    /// <summary>Every Allow in every identity policy of the template, with values resolved symbolically.</summary>
    public static IReadOnlyList<Grant> AllIn(StackFixture stack)
    {
        var grants = new List<Grant>();
        foreach (var (policyId, policy) in stack.ResourcesOfType("AWS::IAM::Policy"))
        {
            var properties = policy["Properties"]!;
            var roles = properties["Roles"]!.AsArray().Select(r => (string)r!["Ref"]!).ToList();
            foreach (var statement in properties["PolicyDocument"]!["Statement"]!.AsArray())
            {
                Assert.True((string?)statement!["Effect"] == "Allow", $"{policyId}: unexpected {statement.ToJsonString()}");
                Assert.Null(statement["NotAction"]);
                Assert.Null(statement["NotResource"]);
                grants.AddRange(
                    from role in roles
                    from action in Symbolic.Many(statement["Action"])
                    from resource in Symbolic.Many(statement["Resource"])
                    let resolved = Symbolic.Resolve(resource)
                    where resolved != "{AWS::NoValue}" // CDK's placeholder for "no index ARNs": removed on deploy
                    select new Grant(role, (string)action!, resolved));
            }
        }

        return grants;
    }
}
