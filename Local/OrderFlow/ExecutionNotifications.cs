using OrderEvents.Local.Sns;

namespace OrderEvents.Local.OrderFlow;

/// <summary>
/// Attributes topic publications to the execution that made them. Each execution runs inside its own
/// scope; the scope flows with the execution's async calls down to the topic, so concurrent executions
/// never see each other's messages.
/// </summary>
public sealed class ExecutionNotifications
{
    private readonly AsyncLocal<List<PublishResult>?> _current = new();

    /// <summary>Starts collecting for the code that runs (and awaits) inside <paramref name="action"/>.</summary>
    public T Collect<T>(Func<T> action, out IReadOnlyList<PublishResult> collected)
    {
        ArgumentNullException.ThrowIfNull(action);
        var previous = _current.Value;
        var list = new List<PublishResult>();
        _current.Value = list;
        try
        {
            collected = list;
            return action();
        }
        finally
        {
            _current.Value = previous;
        }
    }

    /// <summary>The topic registry's <see cref="TopicRegistryOptions.Published"/> callback.</summary>
    public void Record(PublishResult result)
    {
        if (_current.Value is { } list)
        {
            lock (list)
            {
                list.Add(result);
            }
        }
    }
}
