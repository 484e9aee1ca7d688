using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>One parsed, immutable state. Safe to run from many executions at once.</summary>
internal abstract class State(string name, string? next)
{
    public string Name { get; } = name;

    /// <summary>The state that follows on success; <see langword="null"/> when the state ends its graph.</summary>
    public string? Next { get; } = next;

    /// <summary>Every state this one can transition to, with the field naming it, for validation.</summary>
    public virtual IEnumerable<Transition> Transitions => Next is null ? [] : [new Transition("Next", Next)];

    /// <summary>
    /// Runs the state on its raw input. ASL errors are returned, not thrown; a
    /// <see cref="StatesRuntimeException"/> escaping from data flow is turned into one by the run loop.
    /// </summary>
    public abstract ValueTask<StateOutcome> ExecuteAsync(JsonNode? input, StateContext context, CancellationToken cancellationToken);
}
