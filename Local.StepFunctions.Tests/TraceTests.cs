using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Tests.Stubs;
using OrderEvents.Local.StepFunctions.Time;

namespace OrderEvents.Local.StepFunctions.Tests;

public sealed class TraceTests
{
    private const string Definition = """
        {"StartAt":"Charge","States":{
          "Charge":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"Fn","Payload.$":"$"},
            "OutputPath":"$.Payload","Retry":[{"ErrorEquals":["Flaky"],"IntervalSeconds":2}],"Next":"Pause"},
          "Pause":{"Type":"Wait","Seconds":5,"Next":"Done"},
          "Done":{"Type":"Succeed"}}}
        """;

    [Fact]
    public async Task Trace_RecordsEveryStepInOrder()
    {
        var result = await Run(recordTrace: true, observer: null);

        Assert.Equal(
            [
                "ExecutionStarted:", "StateEntered:Charge", "TaskScheduled:Charge", "TaskFailed:Charge", "RetryScheduled:Charge",
                "TaskScheduled:Charge", "TaskSucceeded:Charge", "StateExited:Charge", "StateEntered:Pause", "WaitStarted:Pause",
                "StateExited:Pause", "StateEntered:Done", "StateExited:Done", "ExecutionSucceeded:",
            ],
            result.Trace.Select(e => $"{e.Type}:{e.StateName}"));
    }

    [Fact]
    public async Task Trace_DurationsAndTimestampsComeFromTheExecutionClock()
    {
        var result = await Run(recordTrace: true, observer: null);

        var exits = result.Trace.Where(e => e.Type == TraceEventType.StateExited).ToDictionary(e => e.StateName!, e => e.Duration);
        Assert.Equal(TimeSpan.FromSeconds(2), exits["Charge"]);
        Assert.Equal(TimeSpan.FromSeconds(5), exits["Pause"]);
        Assert.Equal(TimeSpan.FromSeconds(7), result.StopDate - result.StartDate);
        Assert.Equal("Flaky", result.Trace.Single(e => e.Type == TraceEventType.TaskFailed).Error);
    }

    [Fact]
    public async Task Trace_DataIsASnapshotOfEachStep()
    {
        var result = await Run(recordTrace: true, observer: null);

        var entered = result.Trace.First(e => e.Type == TraceEventType.StateEntered);
        var succeeded = result.Trace.Single(e => e.Type == TraceEventType.TaskSucceeded);
        Assert.Equal("""{"orderId":"o-1"}""", entered.Data?.ToJsonString());
        Assert.Equal("""{"paid":true}""", succeeded.Data?["Payload"]?.ToJsonString());
    }

    [Fact]
    public async Task Observer_ReceivesTheSameEventsLive()
    {
        var observer = new CollectingObserver();

        var result = await Run(recordTrace: true, observer);

        Assert.Equal(result.Trace.Select(e => e.Type), observer.Events.Select(e => e.Type));
    }

    [Fact]
    public async Task RecordTraceOff_LeavesTheTraceEmpty_ButStillFeedsTheObserver()
    {
        var observer = new CollectingObserver();

        var result = await Run(recordTrace: false, observer);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Empty(result.Trace);
        Assert.Equal(14, observer.Events.Count);
    }

    private static async Task<ExecutionResult> Run(bool recordTrace, IExecutionObserver? observer)
    {
        var clock = new VirtualTimeProvider(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var script = JsonNode.Parse("""{"Fn":[{"error":"Flaky"},{"return":{"paid":true}}]}""")!.AsObject();
        var options = new ExecutionOptions
        {
            Lambda = new StubLambdaInvoker(script, clock),
            Time = clock,
            RecordTrace = recordTrace,
            Observer = observer,
        };
        return await StateMachine.Parse(Definition).ExecuteAsync(JsonNode.Parse("""{"orderId":"o-1"}"""), options);
    }

    private sealed class CollectingObserver : IExecutionObserver
    {
        private readonly List<TraceEvent> _events = [];

        public IReadOnlyList<TraceEvent> Events
        {
            get
            {
                lock (_events)
                {
                    return [.. _events];
                }
            }
        }

        public void OnEvent(TraceEvent e)
        {
            lock (_events)
            {
                _events.Add(e);
            }
        }
    }
}
