using System.Collections.Concurrent;
using OrderEvents.Handlers.Runtime;

namespace OrderEvents.Handlers.Tests.Support;

internal sealed class FakeEnvironment(IDictionary<string, string?>? variables = null) : IRuntimeEnvironment
{
    private readonly ConcurrentDictionary<string, string?> _variables = new(variables ?? new Dictionary<string, string?>());

    public string? GetVariable(string name) => _variables.TryGetValue(name, out var value) ? value : null;

    public void SetVariable(string name, string? value)
    {
        if (value is null)
        {
            _variables.TryRemove(name, out _);
        }
        else
        {
            _variables[name] = value;
        }
    }
}
