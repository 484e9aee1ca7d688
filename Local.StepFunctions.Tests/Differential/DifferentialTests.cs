namespace OrderEvents.Local.StepFunctions.Tests.Differential;

public sealed class DifferentialTests(MotoOracle moto) : IClassFixture<MotoOracle>
{
    public static TheoryData<string> Cases => new(DifferentialCase.Names());

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case_EndsAsInMoto_OrAsAwsDocumentsWhereMotoDeparts(string caseName)
    {
        var differentialCase = DifferentialCase.Load(caseName);
        var motoOutcome = moto.OutcomeOf(caseName);

        var ours = await differentialCase.RunAsync();

        if (differentialCase.AwsExpected is { } documented)
        {
            Assert.True(documented.IsMatchedBy(ours), $"AWS documents {documented}\nour engine gave {ours}");
            Assert.False(
                documented.IsMatchedBy(motoOutcome),
                $"moto now agrees with the AWS documentation ({motoOutcome}); drop '{caseName}' from known-differences.md and its awsExpected.");
        }
        else
        {
            Assert.True(motoOutcome.IsMatchedBy(ours), $"moto gave {motoOutcome}\nour engine gave {ours}");
        }
    }
}
