using OrderEvents.Local.EventBridge.Patterns;

namespace OrderEvents.Local.Tests.EventBridge.Patterns;

/// <summary>Runs EventBridge/Cases/invalid-patterns.json: {name, pattern (raw text), reason | reasonPrefix}.</summary>
public sealed class InvalidEventPatternTests
{
    private const string File = "invalid-patterns.json";

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var testCase in TestFiles.ReadCases(File).EnumerateArray())
        {
            data.Add(testCase.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_InvalidPattern_ThrowsWithAwsReason(string name)
    {
        var testCase = TestFiles.ReadCases(File).EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == name);
        var pattern = testCase.GetProperty("pattern").GetString()!;

        var ex = Assert.Throws<InvalidEventPatternException>(() => EventPattern.Parse(pattern));

        if (testCase.TryGetProperty("reason", out var reason))
        {
            Assert.Equal(reason.GetString(), ex.Reason);
        }
        else
        {
            Assert.StartsWith(testCase.GetProperty("reasonPrefix").GetString()!, ex.Reason, StringComparison.Ordinal);
        }

        Assert.StartsWith("Event pattern is not valid. Reason: " + ex.Reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidPattern_ReportsLineAndColumnOfTheOffendingToken()
    {
        var ex = Assert.Throws<InvalidEventPatternException>(
            () => EventPattern.Parse("{\n  \"source\": [\"a\"],\n  \"detail\": { \"x\": [] }\n}"));

        Assert.Equal("Empty arrays are not allowed", ex.Reason);
        Assert.Equal(3, ex.Line);
        Assert.Equal(21, ex.Column);
        Assert.EndsWith("at [line: 3, column: 21]", ex.Message, StringComparison.Ordinal);
    }
}
