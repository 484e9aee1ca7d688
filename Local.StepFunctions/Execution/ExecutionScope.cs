using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics;

namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>
/// The mutable facts of one running execution, shared by its states, branches and iterations.
/// Everything parsed from the definition stays in the immutable state nodes.
/// </summary>
internal sealed class ExecutionScope
{
    private readonly List<TraceEvent>? _trace;
    private readonly IExecutionObserver? _observer;
    private readonly long _startTimestamp;
    private readonly TimeSpan _maxDuration;
    private volatile bool _timedOut;
    private Utf8Snapshot? _lastSerialized;

    public ExecutionScope(ExecutionOptions options, Random random, ExecutionIdentity identity, JsonNode? originalInput, TimeSpan maxDuration)
    {
        Options = options;
        Time = options.Time;
        Identity = identity;
        OriginalInput = originalInput;
        Random = random;
        Intrinsics = options.Random is null ? IntrinsicEnvironment.Shared : new IntrinsicEnvironment(random);
        _maxDuration = maxDuration;
        _startTimestamp = Time.GetTimestamp();
        StartDate = Time.GetUtcNow();
        _trace = options.RecordTrace ? [] : null;
        _observer = options.Observer;
        IsTracing = _trace is not null || _observer is not null;
        IsVirtualTime = Time is Time.VirtualTimeProvider;
    }

    public ExecutionOptions Options { get; }

    public TimeProvider Time { get; }

    public ExecutionIdentity Identity { get; }

    /// <summary>The input as the caller gave it, never mutated; read by <c>$$.Execution.Input</c>.</summary>
    public JsonNode? OriginalInput { get; }

    /// <summary>Jitter, UUIDs and intrinsic randomness; safe to use from concurrent branches.</summary>
    public Random Random { get; }

    public IntrinsicEnvironment Intrinsics { get; }

    public DateTimeOffset StartDate { get; }

    /// <summary>Whether trace events are wanted at all; when not, states skip building them.</summary>
    public bool IsTracing { get; }

    /// <summary>Timers of a virtual clock fire at once, so timeouts are judged by elapsed virtual time instead.</summary>
    public bool IsVirtualTime { get; }

    /// <summary>Set once the execution ran past its maximum duration; nothing may catch that.</summary>
    public bool IsTimedOut => _timedOut;

    public TimeSpan MaxDuration => _maxDuration;

    public TimeSpan Elapsed => Time.GetElapsedTime(_startTimestamp);

    /// <summary>The wall-clock time of a timestamp taken with <see cref="Time"/> during this execution.</summary>
    public DateTimeOffset TimeAt(long timestamp) => StartDate + Time.GetElapsedTime(_startTimestamp, timestamp);

    /// <summary>
    /// Remembers the exact JSON text of a node (a function result, the execution input). Nodes are never
    /// changed in place, so when the same node is sent to the next function its text is reused instead of
    /// serialized again. One entry is enough for a chain of tasks; concurrent branches may only miss.
    /// </summary>
    public void RememberUtf8(JsonNode? node, ReadOnlyMemory<byte> utf8)
    {
        if (node is not null)
        {
            _lastSerialized = new Utf8Snapshot(node, utf8);
        }
    }

    public bool TryGetUtf8(JsonNode? node, out ReadOnlyMemory<byte> utf8)
    {
        var last = _lastSerialized;
        if (last is not null && node is not null && ReferenceEquals(last.Node, node))
        {
            utf8 = last.Utf8;
            return true;
        }

        utf8 = default;
        return false;
    }

    /// <summary>Time left before the execution times out; zero or less once it has.</summary>
    public TimeSpan Remaining => _maxDuration - Elapsed;

    public IReadOnlyList<TraceEvent> TraceSnapshot()
    {
        if (_trace is null)
        {
            return [];
        }

        lock (_trace)
        {
            return [.. _trace];
        }
    }

    /// <summary>Marks the execution timed out when its time is up; returns whether it is.</summary>
    public bool CheckTimedOut()
    {
        if (!_timedOut && Elapsed >= _maxDuration)
        {
            _timedOut = true;
        }

        return _timedOut;
    }

    public void MarkTimedOut() => _timedOut = true;

    public void Emit(TraceEvent traceEvent)
    {
        if (_trace is not null)
        {
            lock (_trace)
            {
                _trace.Add(traceEvent);
            }
        }

        _observer?.OnEvent(traceEvent);
    }

    public void Emit(TraceEventType type, string? stateName, JsonNode? data = null, StatesError? error = null, TimeSpan? duration = null, int? index = null)
    {
        Emit(new TraceEvent(type, stateName, Time.GetUtcNow())
        {
            Data = data?.DeepClone(),
            Error = error?.Error,
            Cause = error?.Cause,
            Duration = duration,
            Index = index,
        });
    }
}
