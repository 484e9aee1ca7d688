using OrderEvents.Local.StepFunctions.Tests.Mocking;

namespace OrderEvents.Local.StepFunctions.Tests.Differential;

public sealed class KnownDifferencesTests
{
    [Fact]
    public void KnownDifferencesTable_ListsExactlyTheCasesThatRecordAnAwsExpectation()
    {
        var table = File.ReadAllLines(RepositoryFiles.PathOf("Local.StepFunctions.Tests", "Differential", "known-differences.md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|')[1].Trim().Trim('`'))
            .Order(StringComparer.Ordinal);

        var recorded = DifferentialCase.Names().Where(name => DifferentialCase.Load(name).AwsExpected is not null);

        Assert.Equal(recorded, table);
    }

    [Fact]
    public void Cases_AreAtLeastFifty()
    {
        Assert.True(DifferentialCase.Names().Count >= 50, $"only {DifferentialCase.Names().Count} differential cases");
    }
}
