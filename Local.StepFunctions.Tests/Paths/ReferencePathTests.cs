using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Tests.Paths;

public sealed class ReferencePathTests
{
    private const string CasesFile = "Paths/reference-path.cases.json";

    public static TheoryData<string> Cases => CaseFile.Names(CasesFile);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_MergesTheResultAsTheCaseExpects(string name)
    {
        var testCase = CaseFile.Case(CasesFile, name);
        var path = ReferencePath.Parse(testCase["path"]!.GetValue<string>());
        var input = CaseFile.Input(CasesFile, testCase);
        var result = testCase["result"]?.DeepClone();

        if (testCase.TryGetPropertyValue("error", out var cause))
        {
            var error = Assert.Throws<StatesRuntimeException>(() => path.Apply(input, result));
            Assert.Equal("States.ResultPathMatchFailure", error.Error);
            Assert.Equal(cause!.GetValue<string>(), error.Cause);
            return;
        }

        var merged = path.Apply(input, result);

        Assert.True(JsonNode.DeepEquals(testCase["expected"], merged),
            $"expected {testCase["expected"]?.ToJsonString()} but got {merged?.ToJsonString() ?? "null"}");
    }

    [Fact]
    public void Apply_LeavesTheRawInputUnchanged()
    {
        var input = JsonNode.Parse("""{"a":{"b":1}}""");

        var merged = ReferencePath.Parse("$.a.c").Apply(input, JsonValue.Create(2));

        Assert.Equal("""{"a":{"b":1}}""", input!.ToJsonString());
        Assert.Equal("""{"a":{"b":1,"c":2}}""", merged!.ToJsonString());
    }

    [Fact]
    public void Apply_ResultThatBelongsToAnotherDocument_IsCopied()
    {
        var other = JsonNode.Parse("""{"value":{"x":1}}""");
        var result = other!["value"];

        var merged = ReferencePath.Parse("$.r").Apply(JsonNode.Parse("{}"), result);

        Assert.Same(other, result!.Root);
        Assert.Equal("""{"r":{"x":1}}""", merged!.ToJsonString());
    }

    [Theory]
    [InlineData("$..a")]
    [InlineData("$.a[*]")]
    [InlineData("$.a.*")]
    [InlineData("$.a[0,1]")]
    [InlineData("$['a','b']")]
    [InlineData("$.a[1:2]")]
    [InlineData("$.a[?(@.x)]")]
    public void Parse_PathThatCanSelectSeveralValues_IsRejected(string text)
    {
        var error = Assert.Throws<InvalidPathException>(() => ReferencePath.Parse(text));

        Assert.Equal(
            "a reference path must name a single value: only .name, ['name'] and [index] are allowed (no '..', '*', ',', ':' or '?')",
            error.Reason);
    }

    [Fact]
    public void Parse_ContextPath_IsRejected()
    {
        var error = Assert.Throws<InvalidPathException>(() => ReferencePath.Parse("$$.Execution.Id"));

        Assert.Equal("a reference path cannot refer to the context object ('$$')", error.Reason);
    }

    [Fact]
    public void Parse_TextThatIsNotAPath_IsRejected()
    {
        var error = Assert.Throws<InvalidPathException>(() => ReferencePath.Parse("result"));

        Assert.Equal("expected a path starting with '$' at position 0 but found 'r'", error.Reason);
    }
}
