using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Retry;

namespace OrderEvents.Local.StepFunctions.Tests.Retry;

public sealed class RetrierTests
{
    [Fact]
    public void FullJitter_WaitsBetweenZeroAndTheComputedInterval()
    {
        var retrier = Parse("""{"ErrorEquals":["X"],"IntervalSeconds":4,"BackoffRate":2,"MaxAttempts":5,"JitterStrategy":"FULL"}""");
        var random = new Random(11);

        var delays = Enumerable.Range(0, 200).Select(i => retrier.Delay(i % 3, random).TotalSeconds).ToArray();

        Assert.All(delays.Select((d, i) => (d, cap: 4 * Math.Pow(2, i % 3))), x => Assert.InRange(x.d, 0, x.cap));
        Assert.True(delays.Distinct().Count() > 100, "full jitter should spread the delays");
    }

    [Fact]
    public void NoJitter_WaitsExactlyTheBackedOffInterval()
    {
        var retrier = Parse("""{"ErrorEquals":["X"],"IntervalSeconds":3,"BackoffRate":1.5}""");

        Assert.Equal([3, 4.5, 6.75], Enumerable.Range(0, 3).Select(i => retrier.Delay(i, new Random(1)).TotalSeconds));
    }

    private static Retrier Parse(string json) => Retrier.Parse(new FieldReader(JsonNode.Parse(json)!.AsObject(), "State 'T' Retry[0]"));
}
