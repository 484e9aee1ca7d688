using System.Text.Json.Nodes;
using OrderEvents.Local.Cli.Output;
using OrderEvents.Local.StepFunctions;

namespace OrderEvents.Local.Tests.Cli.Output;

public sealed class TraceStepsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CaughtError_StaysOnItsState_AndTheFailStateGetsTheExecutionError()
    {
        TraceEvent[] trace =
        [
            new(TraceEventType.ExecutionStarted, null, T0),
            new(TraceEventType.StateEntered, "Charge", T0),
            new(TraceEventType.TaskFailed, "Charge", T0) { Error = "PaymentDeclined", Cause = "no" },
            new(TraceEventType.ErrorCaught, "Charge", T0) { Error = "PaymentDeclined", Cause = "no" },
            new(TraceEventType.StateExited, "Charge", T0.AddMilliseconds(3)) { Duration = TimeSpan.FromMilliseconds(3), Data = new JsonObject() },
            new(TraceEventType.StateEntered, "Stop", T0),
            new(TraceEventType.ExecutionFailed, null, T0) { Error = "PaymentFailed", Cause = "declined" },
        ];

        var steps = TraceSteps.From(trace);

        Assert.Equal(["Charge", "Stop"], steps.Select(s => s.Name));
        Assert.Equal(("PaymentDeclined", true, true), (steps[0].Error, steps[0].Caught, steps[0].Failed));
        Assert.Equal(TimeSpan.FromMilliseconds(3), steps[0].Duration);
        Assert.Equal(("PaymentFailed", false), (steps[1].Error, steps[1].Exited));
    }

    [Fact]
    public void RetriedThenSucceeded_CountsRetries_AndIsNotAFailure()
    {
        TraceEvent[] trace =
        [
            new(TraceEventType.StateEntered, "Charge", T0),
            new(TraceEventType.TaskFailed, "Charge", T0) { Error = "Lambda.TooManyRequestsException" },
            new(TraceEventType.RetryScheduled, "Charge", T0) { Index = 1 },
            new(TraceEventType.TaskFailed, "Charge", T0) { Error = "Lambda.TooManyRequestsException" },
            new(TraceEventType.RetryScheduled, "Charge", T0) { Index = 2 },
            new(TraceEventType.TaskSucceeded, "Charge", T0),
            new(TraceEventType.StateExited, "Charge", T0) { Data = JsonValue.Create(1) },
        ];

        var step = Assert.Single(TraceSteps.From(trace));

        Assert.Equal((2, false, 1), (step.Retries, step.Failed, (int)step.Output!));
    }

    [Fact]
    public void MapIterations_AreSeparateVisitsOfTheSameState()
    {
        TraceEvent[] trace =
        [
            new(TraceEventType.StateEntered, "Item", T0) { Index = 0 },
            new(TraceEventType.StateEntered, "Item", T0) { Index = 1 },
            new(TraceEventType.StateExited, "Item", T0) { Index = 1, Data = JsonValue.Create("b") },
            new(TraceEventType.StateExited, "Item", T0) { Index = 0, Data = JsonValue.Create("a") },
        ];

        var steps = TraceSteps.From(trace);

        Assert.Equal(["a", "b"], steps.Select(s => (string)s.Output!));
        Assert.Equal([0, 1], steps.Select(s => s.Index!.Value));
    }

    [Fact]
    public void LambdaErrorCause_IsShownAsItsErrorMessage()
    {
        var text = DisplayText.Error("PaymentDeclined", """{"errorMessage":"Payment processing failed","errorType":"PaymentDeclined","stackTrace":[]}""");

        Assert.Equal("PaymentDeclined: Payment processing failed", text);
        Assert.Equal("States.Timeout", DisplayText.Error("States.Timeout", string.Empty));
        Assert.Equal("Boom: line one line two", DisplayText.Error("Boom", "line one\nline two"));
    }

    [Theory]
    [InlineData(0.123, "0.12 ms")]
    [InlineData(12.34, "12.3 ms")]
    [InlineData(1500, "1.50 s")]
    public void Durations_AreShortAndUnitBearing(double milliseconds, string expected)
    {
        Assert.Equal(expected, DisplayText.Duration(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [Fact]
    public void LongJson_IsCutWithAnEllipsis()
    {
        var text = DisplayText.Abbreviate(new JsonObject { ["text"] = new string('x', 200) }, 20);

        Assert.Equal(20, text.Length);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
    }
}
