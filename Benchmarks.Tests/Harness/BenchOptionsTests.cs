using OrderEvents.Benchmarks.Harness;

namespace OrderEvents.Benchmarks.Tests.Harness;

public sealed class BenchOptionsTests
{
    [Fact]
    public void Parse_WithoutArguments_RunsEveryGroupInTableOrder()
    {
        var options = BenchOptions.Parse([]);

        Assert.Equal(["engine", "patterns", "mainjob", "coldstart", "process"], options.Groups);
        Assert.False(options.Quick);
    }

    [Fact]
    public void Parse_NamedGroups_RunInTableOrderOnce()
    {
        var options = BenchOptions.Parse(["process", "engine", "--quick", "engine"]);

        Assert.Equal(["engine", "process"], options.Groups);
        Assert.True(options.Quick);
    }

    [Theory]
    [InlineData("engines", "unknown scenario group 'engines'")]
    [InlineData("--fast", "unknown option '--fast'")]
    public void Parse_UnknownArgument_SaysWhichAndWhatIsAccepted(string argument, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => BenchOptions.Parse([argument]));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
