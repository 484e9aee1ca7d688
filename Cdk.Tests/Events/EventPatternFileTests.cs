using OrderEvents.Cdk.Events;

namespace OrderEvents.Cdk.Tests.Events;

public sealed class EventPatternFileTests : IDisposable
{
    private readonly string file = Path.GetTempFileName();

    [Fact]
    public void Read_EnvelopeFields_BecomeExactValueLists()
    {
        File.WriteAllText(file, """{"source": ["a.b"], "detail-type": ["X", "Y"], "account": ["123456789012"]}""");

        var pattern = EventPatternFile.Read(file);

        Assert.Equal(["a.b"], pattern.Source!);
        Assert.Equal(["X", "Y"], pattern.DetailType!);
        Assert.Equal(["123456789012"], pattern.Account!);
        Assert.Null(pattern.Detail);
    }

    [Fact]
    public void Read_Detail_IsPassedThroughWithOperators()
    {
        File.WriteAllText(file, """{"detail": {"total": [{"numeric": [">", 0]}], "currency": ["EUR"]}}""");

        var detail = EventPatternFile.Read(file).Detail!;

        var total = Assert.IsType<Dictionary<string, object>>(Assert.Single((object[])detail["total"]));
        Assert.Equal(new object[] { ">", 0.0 }, (object[])total["numeric"]);
        Assert.Equal(new object[] { "EUR" }, (object[])detail["currency"]);
    }

    [Theory]
    [InlineData("""["source"]""", "must be a JSON object")]
    [InlineData("""{"source": "a.b"}""", "'source' must be a non-empty array of exact string values")]
    [InlineData("""{"source": []}""", "'source' must be a non-empty array")]
    [InlineData("""{"source": [{"prefix": "a"}]}""", "exact string values")]
    [InlineData("""{"detail": ["x"]}""", "'detail' must be an object")]
    [InlineData("""{"sauce": ["a"]}""", "unsupported pattern field 'sauce'")]
    [InlineData("""{"source": ["a"], "source": ["b"]}""", "field 'source' appears twice")]
    public void Read_UnsupportedPattern_FailsNamingTheFileAndTheProblem(string json, string problem)
    {
        File.WriteAllText(file, json);

        var error = Assert.Throws<InvalidDataException>(() => EventPatternFile.Read(file));

        Assert.StartsWith(file, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(file);
}
