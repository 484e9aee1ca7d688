using OrderEvents.Cdk.Tests.Fixtures;

namespace OrderEvents.Cdk.Tests.Lint;

[Collection(CustomizedStackCollection.Name)]
public sealed class CustomizedTemplateLintTests(CustomizedStackFixture stack)
{
    [Fact]
    public void CfnLint_FindsNoErrorsAndOnlyJustifiedWarnings() => TemplateLint.AssertClean(stack);
}
