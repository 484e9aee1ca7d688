using System.Collections.Concurrent;
using OrderEvents.Handlers.Logging;

namespace OrderEvents.Local.ProcessMode;

/// <summary>
/// The sandboxes of one function: an idle warm sandbox is reused, otherwise a new one is started
/// (a cold start), up to <see cref="MaxSandboxes"/> at once, as Lambda scales a function's concurrency.
/// </summary>
internal sealed class FunctionPool(FunctionProcessSpec spec, TimeProvider time, ILogSink? functionLogs, int maxSandboxes)
    : IAsyncDisposable
{
    private readonly ConcurrentStack<FunctionSandbox> idle = new();
    private readonly ConcurrentDictionary<FunctionSandbox, byte> all = new();
    private readonly SemaphoreSlim capacity = new(maxSandboxes, maxSandboxes);
    private int coldStarts;

    public int MaxSandboxes { get; } = maxSandboxes;

    /// <summary>How many sandboxes were started so far.</summary>
    public int ColdStarts => Volatile.Read(ref coldStarts);

    /// <summary>Runs one event on a warm sandbox if one is idle, else on a new one.</summary>
    /// <returns>The reply and the sandbox that handled it (for measurements).</returns>
    public async Task<(SandboxReply Reply, FunctionSandbox Sandbox)> InvokeAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        await capacity.WaitAsync(cancellationToken);
        try
        {
            var sandbox = await TakeAsync(cancellationToken);
            var reply = await sandbox.InvokeAsync(payload, cancellationToken);
            if (sandbox.IsAlive && reply is SandboxReply.Response or SandboxReply.FunctionError)
            {
                idle.Push(sandbox);
            }
            else
            {
                await RetireAsync(sandbox);
            }

            return (reply, sandbox);
        }
        finally
        {
            capacity.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var sandbox in all.Keys)
        {
            await RetireAsync(sandbox);
        }

        capacity.Dispose();
    }

    private async Task<FunctionSandbox> TakeAsync(CancellationToken cancellationToken)
    {
        while (idle.TryPop(out var warm))
        {
            if (warm.IsAlive)
            {
                return warm;
            }

            await RetireAsync(warm);
        }

        var sandbox = await FunctionSandbox.StartAsync(spec, time, functionLogs, cancellationToken);
        all[sandbox] = 0;
        Interlocked.Increment(ref coldStarts);
        return sandbox;
    }

    private async Task RetireAsync(FunctionSandbox sandbox)
    {
        if (all.TryRemove(sandbox, out _))
        {
            await sandbox.DisposeAsync();
        }
    }
}
