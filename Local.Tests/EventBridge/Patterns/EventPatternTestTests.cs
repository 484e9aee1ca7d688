using OrderEvents.Local.EventBridge.Patterns;

namespace OrderEvents.Local.Tests.EventBridge.Patterns;

public sealed class EventPatternTestTests
{
    private const string Event = """
        {"id":"1","account":"123456789012","source":"orderevents.orders","time":"2022-07-13T13:48:01Z",
         "region":"us-east-1","resources":[],"detail-type":"OrderPlaced","detail":{"total":12}}
        """;

    [Fact]
    public void TestEventPattern_MatchingEvent_IsTrue() =>
        Assert.True(EventPatternTest.TestEventPattern("""{"detail": {"total": [{"numeric": [">", 10]}]}}""", Event));

    [Fact]
    public void TestEventPattern_NonMatchingEvent_IsFalse() =>
        Assert.False(EventPatternTest.TestEventPattern("""{"source": ["other"]}""", Event));

    [Fact]
    public void TestEventPattern_InvalidPattern_ThrowsInvalidEventPatternException()
    {
        var ex = Assert.Throws<InvalidEventPatternException>(
            () => EventPatternTest.TestEventPattern("""{"source": []}""", Event));

        Assert.Equal("Empty arrays are not allowed", ex.Reason);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("account")]
    [InlineData("source")]
    [InlineData("time")]
    [InlineData("region")]
    [InlineData("resources")]
    [InlineData("detail-type")]
    public void TestEventPattern_EventWithoutAMandatoryField_IsRejectedNamingIt(string field)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Event)!.AsObject();
        node.Remove(field);

        var ex = Assert.Throws<InvalidTestEventException>(
            () => EventPatternTest.TestEventPattern("""{"source": ["orderevents.orders"]}""", node.ToJsonString()));

        Assert.Contains($"lacks the mandatory field(s) {field} ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\": ")]
    [InlineData("[1, 2]")]
    public void TestEventPattern_EventThatIsNotAJsonObject_IsRejected(string eventJson)
    {
        var ex = Assert.Throws<InvalidTestEventException>(
            () => EventPatternTest.TestEventPattern("""{"source": ["a"]}""", eventJson));

        Assert.StartsWith("Parameter Event is not valid. Reason: the event", ex.Message, StringComparison.Ordinal);
    }
}
