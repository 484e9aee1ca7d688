using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OrderEvents.Handlers.Logging;
using OrderEvents.Local.ProcessMode;
using OrderEvents.Local.StepFunctions.Tasks;

namespace OrderEvents.Local.Tests.ProcessMode;

public sealed class ProcessLambdaInvokerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Invoke_SecondCall_ReusesTheWarmProcess()
    {
        await using var invoker = new ProcessLambdaInvoker([FakeRuntimes.Spec("echo_runtime.py", "Echo", Timeout)], TimeProvider.System);

        var first = await invoker.InvokeAsync("Echo", """{"n":1}"""u8.ToArray(), CancellationToken.None);
        var second = await invoker.InvokeAsync("arn:aws:lambda:us-east-1:123456789012:function:Echo", """{"n":2}"""u8.ToArray(), CancellationToken.None);

        var firstBody = JsonNode.Parse(first.Payload!)!;
        var secondBody = JsonNode.Parse(second.Payload!)!;
        Assert.Equal(1, (int)firstBody["echo"]!["n"]!);
        Assert.Equal(2, (int)secondBody["echo"]!["n"]!);
        Assert.Equal("Echo", (string)firstBody["handler"]!);
        Assert.Equal((int)firstBody["pid"]!, (int)secondBody["pid"]!);
        Assert.Equal(1, invoker.ColdStarts["Echo"]);
    }

    [Fact]
    public async Task Invoke_WhenTheProcessCrashes_ReportsLambdaUnknownAndStartsAFreshProcessNextTime()
    {
        await using var invoker = new ProcessLambdaInvoker([FakeRuntimes.Spec("crash_runtime.py", "Crash", Timeout)], TimeProvider.System);

        var first = await Assert.ThrowsAsync<LambdaServiceException>(
            async () => await invoker.InvokeAsync("Crash", "{}"u8.ToArray(), CancellationToken.None));
        await Assert.ThrowsAsync<LambdaServiceException>(
            async () => await invoker.InvokeAsync("Crash", "{}"u8.ToArray(), CancellationToken.None));

        Assert.Equal("Lambda.Unknown", first.Error);
        Assert.Contains("exit status 3", first.Cause, StringComparison.Ordinal);
        Assert.Equal(2, invoker.ColdStarts["Crash"]);
    }

    [Fact]
    public async Task Invoke_PastTheFunctionTimeout_KillsTheProcessAndReportsLambdaUnknown()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var received = new LineSignal("event received");
        await using var invoker = new ProcessLambdaInvoker([FakeRuntimes.Spec("hang_runtime.py", "Hang", TimeSpan.FromSeconds(10))], time, received);

        var invocation = invoker.InvokeAsync("Hang", "{}"u8.ToArray(), CancellationToken.None).AsTask();
        await received.Seen.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<LambdaServiceException>(() => invocation);
        Assert.Equal("Lambda.Unknown", error.Error);
        Assert.Equal("Task timed out after 10.00 seconds", error.Cause);
    }

    [Fact]
    public async Task Invoke_AnUnknownFunction_IsResourceNotFound()
    {
        await using var invoker = new ProcessLambdaInvoker([FakeRuntimes.Spec("echo_runtime.py", "Echo", Timeout)], TimeProvider.System);

        var error = await Assert.ThrowsAsync<LambdaServiceException>(
            async () => await invoker.InvokeAsync("Missing", "{}"u8.ToArray(), CancellationToken.None));

        Assert.Equal("Lambda.ResourceNotFoundException", error.Error);
        Assert.Contains("Missing", error.Cause, StringComparison.Ordinal);
    }

    /// <summary>A function log sink that signals when the function prints a given line.</summary>
    private sealed class LineSignal(string expected) : ILogSink
    {
        private readonly TaskCompletionSource seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Seen => seen.Task;

        public bool IsEnabled => true;

        public void WriteLine(ReadOnlySpan<byte> utf8Json)
        {
            if (Encoding.UTF8.GetString(utf8Json) == expected)
            {
                seen.TrySetResult();
            }
        }
    }
}
