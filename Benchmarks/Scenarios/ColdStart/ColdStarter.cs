using System.Text;
using OrderEvents.Local.ProcessMode;

namespace OrderEvents.Benchmarks.Scenarios.ColdStart;

/// <summary>
/// Starts a fresh function process behind its own Runtime API, queues one invoke at once (as Lambda does
/// for the event that caused the cold start), and times the process's first poll and its first reply.
/// </summary>
internal sealed class ColdStarter(TimeProvider time, ReadOnlyMemory<byte> payload, string expectedInResponse)
{
    public async Task<Spawn> SpawnAsync(FunctionProcessSpec spec, CancellationToken cancellationToken)
    {
        await using var sandbox = await FunctionSandbox.StartAsync(spec, time, null, cancellationToken);
        var firstPoll = sandbox.FirstPoll.ContinueWith(
            _ => time.GetTimestamp(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        var reply = await sandbox.InvokeAsync(payload, cancellationToken);
        var responded = time.GetTimestamp();
        var body = reply is SandboxReply.Response response ? Encoding.UTF8.GetString(response.Payload) : null;
        if (body is null || !body.Contains(expectedInResponse, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{spec.FileName} {string.Join(' ', spec.Arguments)} ({spec.FunctionName}) answered the first invoke with {Describe(reply)}");
        }

        var resident = Workloads.ProcessMemory.ResidentBytes(sandbox.ProcessId);
        return new Spawn(
            time.GetElapsedTime(sandbox.SpawnedAt, await firstPoll),
            time.GetElapsedTime(sandbox.SpawnedAt, responded),
            resident);
    }

    private static string Describe(SandboxReply reply) => reply switch
    {
        SandboxReply.Response r => "an unexpected response: " + Encoding.UTF8.GetString(r.Payload),
        SandboxReply.FunctionError e => "an error: " + Encoding.UTF8.GetString(e.Body),
        _ => reply.ToString() ?? reply.GetType().Name,
    };
}
