using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Tests.Paths;

public sealed class JsonPathConformanceTests
{
    private const string SelectFile = "Paths/json-path.cases.json";
    private const string InvalidFile = "Paths/invalid-path.cases.json";

    public static TheoryData<string> SelectCases => CaseFile.Names(SelectFile);

    public static TheoryData<string> InvalidCases => CaseFile.Names(InvalidFile);

    [Theory]
    [MemberData(nameof(SelectCases))]
    public void Select_ReturnsWhatTheCaseExpects(string name)
    {
        var testCase = CaseFile.Case(SelectFile, name);
        var path = JsonPath.Parse(testCase["path"]!.GetValue<string>());
        var input = CaseFile.Input(SelectFile, testCase);

        if (testCase.TryGetPropertyValue("notFound", out var detail))
        {
            var error = Assert.Throws<PathNotFoundException>(() => path.Select(input));
            Assert.Equal(detail!.GetValue<string>(), error.Detail);
            Assert.False(path.TrySelect(input, out _));
            return;
        }

        var selected = path.Select(input);
        Assert.True(JsonNode.DeepEquals(testCase["expected"], selected),
            $"expected {testCase["expected"]?.ToJsonString() ?? "null"} but got {selected?.ToJsonString() ?? "null"}");
        Assert.True(path.TrySelect(input, out var again));
        Assert.True(JsonNode.DeepEquals(selected, again));
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Parse_RejectsInvalidPathWithPreciseReason(string name)
    {
        var testCase = CaseFile.Case(InvalidFile, name);
        var text = testCase["path"]!.GetValue<string>();

        var error = Assert.Throws<InvalidPathException>(() => JsonPath.Parse(text));

        Assert.Equal(testCase["reason"]!.GetValue<string>(), error.Reason);
        Assert.Equal(text, error.Expression);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }
}
