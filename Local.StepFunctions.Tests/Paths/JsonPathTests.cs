using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Tests.Paths;

public sealed class JsonPathTests
{
    [Theory]
    [InlineData("$", true)]
    [InlineData("$.a.b[0]['c']", true)]
    [InlineData("$.a[-1]", true)]
    [InlineData("$.a[*]", false)]
    [InlineData("$..a", false)]
    [InlineData("$.a[0,1]", false)]
    [InlineData("$['a','b']", false)]
    [InlineData("$.a[0:2]", false)]
    [InlineData("$.a[?(@.x)]", false)]
    [InlineData("$.a.*", false)]
    public void IsDefinite_IsTrueOnlyForSingleValuePaths(string text, bool expected) =>
        Assert.Equal(expected, JsonPath.Parse(text).IsDefinite);

    [Fact]
    public void Parse_ContextPath_IsMarkedAndSelectsFromTheRootItIsGiven()
    {
        var path = JsonPath.Parse("$$.Execution.Id");
        var context = JsonNode.Parse("""{"Execution":{"Id":"arn:aws:states:us-east-1:123456789012:execution:sm:run-1"}}""");

        Assert.True(path.IsContextPath);
        Assert.False(JsonPath.Parse("$.Execution.Id").IsContextPath);
        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:sm:run-1", path.Select(context)!.GetValue<string>());
    }

    [Fact]
    public void Parse_RootPaths_AreMarkedAsRoot()
    {
        Assert.True(JsonPath.Parse("$").IsRoot);
        Assert.True(JsonPath.Parse("$$").IsRoot);
        Assert.False(JsonPath.Parse("$.a").IsRoot);
    }

    [Fact]
    public void Select_DefinitePath_ReturnsTheNodeInsideTheDocument()
    {
        var input = JsonNode.Parse("""{"a":{"b":[1,2]}}""");

        var selected = JsonPath.Parse("$.a.b").Select(input);

        Assert.Same(input!["a"]!["b"], selected);
    }

    [Fact]
    public void Select_IndefinitePath_ReturnsCopiesThatLeaveTheInputUntouched()
    {
        var input = JsonNode.Parse("""{"items":[{"id":1},{"id":2}]}""");

        var selected = JsonPath.Parse("$.items[*]").Select(input)!.AsArray();
        selected[0]!["id"] = 99;

        Assert.Equal(1, input!["items"]![0]!["id"]!.GetValue<int>());
        Assert.Null(selected.Parent);
    }

    [Fact]
    public void TrySelect_MissingDefiniteValue_ReturnsFalseWithoutThrowing()
    {
        var found = JsonPath.Parse("$.a.b").TrySelect(JsonNode.Parse("""{"a":{}}"""), out var result);

        Assert.False(found);
        Assert.Null(result);
    }

    [Fact]
    public void TrySelect_PresentNull_ReturnsTrueAndNull()
    {
        var found = JsonPath.Parse("$.a").TrySelect(JsonNode.Parse("""{"a":null}"""), out var result);

        Assert.True(found);
        Assert.Null(result);
    }

    [Fact]
    public void Select_NotFound_MessageReadsLikeAws()
    {
        var error = Assert.Throws<PathNotFoundException>(() => JsonPath.Parse("$.detail").Select(JsonNode.Parse("{}")));

        Assert.Equal("Invalid path '$.detail' : No results for path: $['detail']", error.Message);
    }

    [Fact]
    public void Select_SameCompiledPathOnManyThreads_GivesEveryThreadItsOwnAnswer()
    {
        var path = JsonPath.Parse("$.items[?(@.n > 1)].n");

        var results = Enumerable.Range(0, 64).AsParallel().Select(i =>
        {
            var input = JsonNode.Parse($$"""{"items":[{"n":{{i}}},{"n":1},{"n":{{i + 1}}}]}""");
            return (i, sum: path.Select(input)!.AsArray().Sum(n => n!.GetValue<int>()));
        }).ToList();

        Assert.All(results, r => Assert.Equal((r.i > 1 ? r.i : 0) + (r.i + 1 > 1 ? r.i + 1 : 0), r.sum));
    }

    [Fact]
    public void InvalidPathException_IsAnInvalidDefinitionException()
    {
        var error = Assert.Throws<InvalidPathException>(() => JsonPath.Parse("$.a["));

        Assert.IsAssignableFrom<InvalidDefinitionException>(error);
        Assert.Equal("Invalid path '$.a[': expected '*', '?(', a quoted field name, an index or a slice after '[' at position 4 but found the end", error.Message);
    }
}
