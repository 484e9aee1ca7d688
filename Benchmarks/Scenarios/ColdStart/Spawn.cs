namespace OrderEvents.Benchmarks.Scenarios.ColdStart;

/// <summary>What one cold start of a function process measured.</summary>
/// <param name="ToFirstPoll">From just before the spawn to the process's first <c>GET /invocation/next</c>.</param>
/// <param name="ToFirstResponse">From just before the spawn to the reply of the first invoke (queued at spawn).</param>
/// <param name="ResidentBytes">VmRSS right after the first invoke.</param>
internal sealed record Spawn(TimeSpan ToFirstPoll, TimeSpan ToFirstResponse, long ResidentBytes);
