using OrderEvents.Local.Cli.Arguments;

namespace OrderEvents.Local.Tests.Cli.Arguments;

public sealed class ArgumentParserTests
{
    private static readonly CommandSpec Command = new(
        "put-events",
        "Send events.",
        "Sends events to the bus and shows what they started; this sentence is long enough to be wrapped over more than one line of help text.",
        [
            OptionSpec.Value("entries", "file://PATH", "The entries.", required: true),
            OptionSpec.Value("seed", "N", "The seed."),
            OptionSpec.Flag("json", "JSON output."),
        ]);

    [Fact]
    public void ValuesFlagsAndEqualsForms_AreParsed()
    {
        var parsed = ArgumentParser.Parse(Command, ["--entries", "file://a.json", "--seed=7", "--json"]);

        Assert.Equal("file://a.json", parsed.Value("entries"));
        Assert.Equal(7, parsed.Integer("seed", 0, 100));
        Assert.True(parsed.Has("json"));
    }

    [Fact]
    public void AbsentOptionalOption_HasNoValue()
    {
        var parsed = ArgumentParser.Parse(Command, ["--entries", "x"]);

        Assert.False(parsed.Has("json"));
        Assert.Null(parsed.Integer("seed", 0, 100));
    }

    [Theory]
    [InlineData(new[] { "--entries", "x", "--colour" }, "put-events: unknown option --colour (see 'orderevents-local put-events --help')")]
    [InlineData(new[] { "--entries", "x", "--see", "1" }, "put-events: unknown option --see (did you mean --seed?)")]
    [InlineData(new[] { "--entries" }, "put-events: option --entries needs a value (file://PATH)")]
    [InlineData(new[] { "--entries", "--json" }, "put-events: option --entries needs a value (file://PATH)")]
    [InlineData(new[] { "--json" }, "put-events: missing required option --entries file://PATH")]
    [InlineData(new[] { "--entries", "x", "--entries", "y" }, "put-events: option --entries is given more than once")]
    [InlineData(new[] { "--entries", "x", "--json=yes" }, "put-events: option --json is a flag and takes no value")]
    [InlineData(new[] { "--entries", "x", "stray" }, "put-events: unexpected argument 'stray' (options start with --)")]
    [InlineData(new[] { "--entries", "x", "--seed", "ten" }, "put-events: --seed must be an integer from 0 to 100, got 'ten'")]
    [InlineData(new[] { "--entries", "x", "--seed", "101" }, "put-events: --seed must be an integer from 0 to 100, got '101'")]
    public void Mistakes_AreOneLineUsageErrors(string[] args, string message)
    {
        var error = Assert.Throws<UsageException>(() => ArgumentParser.Parse(Command, args).Integer("seed", 0, 100));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void NegativeNumberAfterAnOption_IsItsValue()
    {
        var parsed = ArgumentParser.Parse(Command, ["--entries", "x", "--seed", "-3"]);

        Assert.Equal(-3, parsed.Integer("seed", -10, 10));
    }

    [Fact]
    public void Help_ListsEveryOptionWithItsDescription()
    {
        var help = Command.Help();

        Assert.StartsWith("Usage: orderevents-local put-events --entries file://PATH [--seed N] [--json]", help, StringComparison.Ordinal);
        Assert.Contains("--seed N", help, StringComparison.Ordinal);
        Assert.Contains("The entries.", help, StringComparison.Ordinal);
        Assert.All(help.Split(Environment.NewLine), line => Assert.True(line.Length <= 100 || line.StartsWith("Usage:", StringComparison.Ordinal), line));
        Assert.Contains("--help", help, StringComparison.Ordinal);
    }
}
