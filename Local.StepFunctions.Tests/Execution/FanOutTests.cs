using System.Text;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Tasks;

namespace OrderEvents.Local.StepFunctions.Tests.Execution;

/// <summary>Map and Parallel with functions that answer asynchronously, so work really overlaps.</summary>
public sealed class FanOutTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Map_RunsAtMostMaxConcurrencyIterations_AndKeepsItemOrder(int maxConcurrency)
    {
        var machine = StateMachine.Parse($$$$"""
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":{{{{maxConcurrency}}}},"ItemProcessor":{"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f","Payload.$":"$"},"OutputPath":"$.Payload","End":true}}},"End":true}}}
            """);
        var invoker = new GatedInvoker();
        var items = new JsonArray([.. Enumerable.Range(0, 9).Select(i => (JsonNode)i)]);

        var run = machine.ExecuteAsync(items, new ExecutionOptions { Lambda = invoker });
        while (!run.IsCompleted)
        {
            await invoker.ReleaseOneAsync(run);
        }

        var result = await run;
        Assert.Equal("[0,1,2,3,4,5,6,7,8]", result.Output?.ToJsonString());
        Assert.Equal(maxConcurrency, invoker.MostInFlight);
    }

    [Fact]
    public async Task Map_WithoutMaxConcurrency_StartsEveryIterationAtOnce()
    {
        var machine = StateMachine.Parse("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f","Payload.$":"$"},"OutputPath":"$.Payload","End":true}}},"End":true}}}
            """);
        var invoker = new GatedInvoker();

        var run = machine.ExecuteAsync(new JsonArray(1, 2, 3, 4, 5), new ExecutionOptions { Lambda = invoker });
        while (!run.IsCompleted)
        {
            await invoker.ReleaseOneAsync(run);
        }

        Assert.Equal("[1,2,3,4,5]", (await run).Output?.ToJsonString());
        Assert.Equal(5, invoker.MostInFlight);
    }

    [Fact]
    public async Task Parallel_FailingBranch_CancelsTheOthers_AndFailsWithItsError()
    {
        var machine = StateMachine.Parse("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[
              {"StartAt":"Slow","States":{"Slow":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f","Payload.$":"$"},"End":true}}},
              {"StartAt":"Wait","States":{"Wait":{"Type":"Wait","Seconds":0,"Next":"Boom"},"Boom":{"Type":"Fail","Error":"Broken","Cause":"branch 2"}}}],"End":true}}}
            """);
        var invoker = new GatedInvoker();

        var result = await machine.ExecuteAsync(new JsonObject(), new ExecutionOptions { Lambda = invoker });

        Assert.Equal("Broken", result.Error);
        Assert.Equal(1, invoker.Cancelled);
    }

    /// <summary>Each call waits until the test releases it (or it is cancelled); tracks how many are in flight.</summary>
    private sealed class GatedInvoker : ILambdaInvoker
    {
        private readonly SemaphoreSlim _gate = new(0);
        private readonly SemaphoreSlim _arrived = new(0);
        private int _inFlight;
        private int _mostInFlight;
        private int _cancelled;

        public int MostInFlight => Volatile.Read(ref _mostInFlight);

        public int Cancelled => Volatile.Read(ref _cancelled);

        /// <summary>Waits until some call is waiting, then lets one call answer; returns early once the run is over.</summary>
        public async Task ReleaseOneAsync(Task run)
        {
            var arrival = _arrived.WaitAsync();
            if (await Task.WhenAny(arrival, run) == arrival)
            {
                _gate.Release();
            }
        }

        public async ValueTask<LambdaInvocationResult> InvokeAsync(string functionName, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
        {
            var body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(payload.Span));
            var now = Interlocked.Increment(ref _inFlight);
            for (var most = MostInFlight; now > most; most = MostInFlight)
            {
                Interlocked.CompareExchange(ref _mostInFlight, now, most);
            }

            _arrived.Release();
            try
            {
                await _gate.WaitAsync(cancellationToken);
                return LambdaInvocationResult.Success(body);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _cancelled);
                throw;
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }
}
