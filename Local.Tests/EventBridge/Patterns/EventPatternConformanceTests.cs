using System.Text.Json;
using OrderEvents.Local.EventBridge.Patterns;

namespace OrderEvents.Local.Tests.EventBridge.Patterns;

/// <summary>
/// Runs every case of EventBridge/Cases/&lt;operator&gt;.json: {name, pattern (object or raw text),
/// event, matches}. Raw text lets a case repeat a key.
/// </summary>
public sealed class EventPatternConformanceTests
{
    private const string InvalidPatternsFile = "invalid-patterns.json";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(TestFiles.CasesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(file);
            if (fileName == InvalidPatternsFile)
            {
                continue;
            }

            foreach (var testCase in TestFiles.ReadCases(fileName).EnumerateArray())
            {
                data.Add(fileName, testCase.GetProperty("name").GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pattern_MatchesEvent_AsTheCaseExpects(string file, string name)
    {
        var testCase = TestFiles.ReadCases(file).EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == name);
        var patternElement = testCase.GetProperty("pattern");
        var patternText = patternElement.ValueKind == JsonValueKind.String
            ? patternElement.GetString()!
            : patternElement.GetRawText();
        var pattern = EventPattern.Parse(patternText);
        var @event = testCase.GetProperty("event");
        var expected = testCase.GetProperty("matches").GetBoolean();

        Assert.Equal(expected, pattern.Matches(@event));
        Assert.Equal(expected, pattern.Matches(System.Text.Encoding.UTF8.GetBytes(@event.GetRawText())));
    }

    [Fact]
    public void Cases_CoverEveryOperatorFile()
    {
        var files = Directory.GetFiles(TestFiles.CasesDirectory, "*.json").Select(Path.GetFileName).ToHashSet();

        string[] expected =
        [
            "exact.json", "prefix.json", "suffix.json", "equals-ignore-case.json", "wildcard.json",
            "anything-but.json", "numeric.json", "exists.json", "cidr.json", "or.json", "arrays.json",
            "repeated-keys.json", "envelope.json", InvalidPatternsFile,
        ];
        Assert.All(expected, f => Assert.Contains(f, files));
    }
}
