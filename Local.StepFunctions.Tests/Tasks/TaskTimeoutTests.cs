using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OrderEvents.Local.StepFunctions.Tasks;

namespace OrderEvents.Local.StepFunctions.Tests.Tasks;

/// <summary>Timeouts on a clock whose timers really wait (here a fake one the test moves forward).</summary>
public sealed class TaskTimeoutTests
{
    private const string Definition = """
        {"StartAt":"Slow","States":{"Slow":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
          "Parameters":{"FunctionName":"slow","Payload.$":"$"},"TimeoutSeconds":5,"End":true}}}
        """;

    [Fact]
    public async Task TaskStillRunningAtTimeoutSeconds_FailsWithStatesTimeout_AndIsCancelled()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var invoker = new HangingInvoker();

        var run = StateMachine.Parse(Definition).ExecuteAsync(new JsonObject(), new ExecutionOptions { Lambda = invoker, Time = clock });
        for (var step = 0; step < 100 && !run.IsCompleted; step++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }

        var result = await run;
        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Timeout", result.Error);
        Assert.Null(result.Cause);
        Assert.True(invoker.SawCancellation.Task.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task TaskStillRunningAtTheExecutionLimit_EndsTheExecutionTimedOut()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var machine = StateMachine.Parse(Definition.Replace("\"TimeoutSeconds\":5,", string.Empty, StringComparison.Ordinal));

        var run = machine.ExecuteAsync(new JsonObject(), new ExecutionOptions { Lambda = new HangingInvoker(), Time = clock, MaxDuration = TimeSpan.FromSeconds(30) });
        for (var step = 0; step < 100 && !run.IsCompleted; step++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }

        var result = await run;
        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
        Assert.Equal("States.Timeout", result.Error);
    }

    /// <summary>A function that never answers until cancelled.</summary>
    private sealed class HangingInvoker : ILambdaInvoker
    {
        public TaskCompletionSource SawCancellation { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask<LambdaInvocationResult> InvokeAsync(string functionName, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
        {
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                SawCancellation.TrySetResult();
                throw;
            }

            return LambdaInvocationResult.Success("{}"u8.ToArray());
        }
    }
}
