using OrderEvents.Cdk.Tests.Fixtures;

namespace OrderEvents.Cdk.Tests.Lint;

public static class TemplateLint
{
    /// <summary>Zero errors; every warning covered by a justified allowlist entry; no stale entries.</summary>
    public static void AssertClean(StackFixture stack)
    {
        var findings = CfnLint.Run(stack.TemplatePath);
        var allowlist = CfnLint.Allowlist(stack.Layout.Root);

        Assert.DoesNotContain(findings, f => f.Level == "Error");
        Assert.DoesNotContain(findings, f => f.Level == "Warning" && !allowlist.Any(a => a.Covers(f)));
        Assert.All(allowlist, a => Assert.False(string.IsNullOrWhiteSpace(a.Reason), $"{a.Rule} has no reason"));
        Assert.All(allowlist, a => Assert.Contains(findings, a.Covers));
    }
}
