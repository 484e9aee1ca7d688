using System.Text;
using System.Text.Json;
using OrderEvents.Local.EventBridge.Patterns;

namespace OrderEvents.Local.Tests.EventBridge.Patterns;

public sealed class EventPatternTests
{
    private const string OrderPlacedEnvelope = """
        {"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"OrderPlaced",
         "source":"orderevents.orders","account":"123456789012","time":"2022-07-13T13:48:01Z",
         "region":"us-east-1","resources":[],"detail":{"orderId":"o-1","amount":25.5}}
        """;

    [Fact]
    public void OrderPlacedRule_FromTheWorkflowFolder_MatchesAnOrderPlacedEnvelope()
    {
        var pattern = EventPattern.Parse(File.ReadAllText(TestFiles.RepositoryFile("workflow/order-placed.pattern.json")));
        using var document = JsonDocument.Parse(OrderPlacedEnvelope);

        Assert.True(pattern.Matches(document.RootElement));
        Assert.False(pattern.Matches(JsonDocument.Parse(OrderPlacedEnvelope.Replace("OrderPlaced", "OrderShipped", StringComparison.Ordinal)).RootElement));
    }

    [Fact]
    public void Matches_EventThatIsNotAnObject_IsFalse()
    {
        var pattern = EventPattern.Parse("""{"source": [{"exists": false}]}""");

        Assert.False(pattern.Matches(JsonDocument.Parse("[]").RootElement));
        Assert.True(pattern.Matches(JsonDocument.Parse("{}").RootElement));
    }

    [Fact]
    public void Matches_StringWithJsonEscapes_ComparesTheUnescapedText()
    {
        var pattern = EventPattern.Parse("""{"name": ["say \"hi\"", {"prefix": "é"}]}""");

        Assert.True(pattern.Matches(Encoding.UTF8.GetBytes("""{"name": "say \u0022hi\u0022"}""")));
        Assert.True(pattern.Matches(Encoding.UTF8.GetBytes("""{"name": "\u00e9t\u00e9"}""")));
        Assert.False(pattern.Matches(Encoding.UTF8.GetBytes("""{"name": "say hi"}""")));
    }

    [Fact]
    public void Matches_LongStringBeyondTheStackBuffer_StillComparesIgnoringCase()
    {
        var text = new string('a', 1000) + "Z";
        var pattern = EventPattern.Parse($$"""{"v": [{"equals-ignore-case": "{{text.ToUpperInvariant()}}"}]}""");

        Assert.True(pattern.Matches(Encoding.UTF8.GetBytes($$"""{"v": "{{text}}"}""")));
    }

    [Fact]
    public void Parse_KeepsThePatternText()
    {
        const string Json = """{"source": ["a"]}""";

        var pattern = EventPattern.Parse(Json);

        Assert.Equal(Json, pattern.Json);
        Assert.Equal(Json, EventPattern.Parse(Encoding.UTF8.GetBytes(Json)).Json);
    }

    [Fact]
    public void Matches_FromManyThreads_GivesTheSameAnswers()
    {
        var pattern = EventPattern.Parse("""{"detail": {"n": [{"numeric": [">", 10]}], "s": [{"wildcard": "a*z"}]}}""");
        using var yes = JsonDocument.Parse("""{"detail": {"n": 11, "s": "abcz"}}""");
        using var no = JsonDocument.Parse("""{"detail": {"n": 11, "s": "abc"}}""");

        var results = Enumerable.Range(0, 2000).AsParallel()
            .Select(i => pattern.Matches(i % 2 == 0 ? yes.RootElement : no.RootElement) == (i % 2 == 0))
            .ToList();

        Assert.All(results, Assert.True);
    }

    [Fact]
    public void Parse_APatternOfExactly4096Characters_IsAccepted_AndOneMoreIsTooLong()
    {
        const string Head = "{\"source\":[\"";
        const string Tail = "\"]}";
        var longest = Head + new string('a', EventPattern.MaxLength - Head.Length - Tail.Length) + Tail;

        Assert.Equal(4096, longest.Length);
        Assert.Equal(longest, EventPattern.Parse(longest).Json);
        var tooLong = Assert.Throws<EventPatternTooLongException>(() => EventPattern.Parse(longest.Replace("aa", "aaa", StringComparison.Ordinal)));
        Assert.True(tooLong.Length > 4096);
        Assert.Throws<EventPatternTooLongException>(() => EventPattern.Parse(Encoding.UTF8.GetBytes(longest + " ")));
    }
}
