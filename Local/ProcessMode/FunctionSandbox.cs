using System.Diagnostics;
using System.Text;
using OrderEvents.Handlers.Logging;

namespace OrderEvents.Local.ProcessMode;

/// <summary>
/// One warm or cold function process with its own Runtime API. It handles one event at a time; a timeout
/// or a crash ends it, and the next invocation gets a fresh sandbox (a cold start).
/// </summary>
internal sealed class FunctionSandbox : IAsyncDisposable
{
    private readonly FunctionProcessSpec spec;
    private readonly RuntimeApiServer server;
    private readonly Process process;
    private readonly TimeProvider time;
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FunctionSandbox(FunctionProcessSpec spec, RuntimeApiServer server, Process process, TimeProvider time, long spawnedAt)
    {
        this.spec = spec;
        this.server = server;
        this.process = process;
        this.time = time;
        SpawnedAt = spawnedAt;
    }

    /// <summary>The <see cref="TimeProvider.GetTimestamp"/> just before the process was spawned.</summary>
    public long SpawnedAt { get; }

    /// <summary>The process's id, for reading its resident memory.</summary>
    public int ProcessId => process.Id;

    /// <summary>Completes when the process first polls for an event (its init phase is over).</summary>
    public Task FirstPoll => server.FirstPoll;

    /// <summary>False once the process has exited or was stopped; such a sandbox is never reused.</summary>
    public bool IsAlive => !exited.Task.IsCompleted;

    /// <param name="functionLogs">Where the process's log lines go; <see langword="null"/> discards them.</param>
    public static async Task<FunctionSandbox> StartAsync(
        FunctionProcessSpec spec, TimeProvider time, ILogSink? functionLogs, CancellationToken cancellationToken)
    {
        var server = await RuntimeApiServer.StartAsync(spec.FunctionArn, spec.Sns, cancellationToken);
        var startInfo = new ProcessStartInfo(spec.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(spec.Arguments.Count > 0 ? spec.Arguments[0] : spec.FileName)),
        };
        foreach (var argument in spec.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        SetLambdaEnvironment(startInfo, spec, server.Address);
        var spawnedAt = time.GetTimestamp();
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {spec.FileName}.");
        var sandbox = new FunctionSandbox(spec, server, process, time, spawnedAt);
        sandbox.WatchProcess(functionLogs);
        return sandbox;
    }

    /// <summary>Sends one event and waits for the function's reply, its timeout, or its exit.</summary>
    public async Task<SandboxReply> InvokeAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var invocation = server.Submit(payload, time.GetUtcNow() + spec.Timeout);
        SandboxReply reply;
        try
        {
            reply = await invocation.Reply.Task.WaitAsync(spec.Timeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            server.Abandon(invocation);
            await StopAsync();
            return new SandboxReply.TimedOut(spec.Timeout);
        }
        catch (OperationCanceledException)
        {
            server.Abandon(invocation);
            throw;
        }

        if (server.InitFailure.IsCompleted)
        {
            // A runtime that failed its init never serves another event.
            await StopAsync();
        }

        return reply;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await server.DisposeAsync();
        process.Dispose();
    }

    private static void SetLambdaEnvironment(ProcessStartInfo startInfo, FunctionProcessSpec spec, string runtimeApi)
    {
        var environment = startInfo.Environment;
        environment["AWS_LAMBDA_RUNTIME_API"] = runtimeApi;
        environment["_HANDLER"] = spec.FunctionName;
        environment["AWS_LAMBDA_FUNCTION_NAME"] = spec.FunctionName;
        environment["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST";
        environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = spec.MemorySizeMb.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["AWS_REGION"] = spec.Region;
        environment["AWS_DEFAULT_REGION"] = spec.Region;
        environment["LAMBDA_TASK_ROOT"] = startInfo.WorkingDirectory;
        environment["AWS_LAMBDA_LOG_FORMAT"] = "JSON";
        foreach (var (name, value) in spec.Environment)
        {
            environment[name] = value;
        }

        if (spec.Sns is not null)
        {
            environment["AWS_ENDPOINT_URL_SNS"] = $"http://{runtimeApi}{SnsQueryApi.Path}";
        }
    }

    private void WatchProcess(ILogSink? functionLogs)
    {
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => exited.TrySetResult(process.ExitCode);
        if (process.HasExited)
        {
            exited.TrySetResult(process.ExitCode);
        }

        // An exit fails the event in flight (and any sent later) at once, as a crash.
        _ = exited.Task.ContinueWith(
            code => server.FailInFlight(new SandboxReply.Crashed(code.Result)),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        // Both pipes are always drained so a chatty function never blocks on a full pipe.
        _ = ForwardAsync(process.StandardOutput, functionLogs);
        _ = ForwardAsync(process.StandardError, functionLogs);
    }

    private static async Task ForwardAsync(StreamReader output, ILogSink? functionLogs)
    {
        if (functionLogs is not { IsEnabled: true })
        {
            await output.BaseStream.CopyToAsync(Stream.Null);
            return;
        }

        while (await output.ReadLineAsync() is { } line)
        {
            functionLogs.WriteLine(Encoding.UTF8.GetBytes(line));
        }
    }

    private async Task StopAsync()
    {
        if (!exited.Task.IsCompleted)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // The process exited between the check and the kill.
            }

            await exited.Task.WaitAsync(TimeSpan.FromSeconds(5));
        }
    }
}
