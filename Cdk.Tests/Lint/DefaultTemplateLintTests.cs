using OrderEvents.Cdk.Tests.Fixtures;

namespace OrderEvents.Cdk.Tests.Lint;

[Collection(DefaultStackCollection.Name)]
public sealed class DefaultTemplateLintTests(DefaultStackFixture stack)
{
    [Fact]
    public void CfnLint_FindsNoErrorsAndOnlyJustifiedWarnings() => TemplateLint.AssertClean(stack);
}
