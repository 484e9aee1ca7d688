using System.Collections.Frozen;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Execution;

namespace OrderEvents.Local.StepFunctions.Definition;

/// <summary>
/// Parses and validates a StartAt + States object (the machine, a Parallel branch, a Map item processor):
/// StartAt and every transition must name a state of the same graph, and every state must be reachable.
/// </summary>
internal static class GraphParser
{
    private const int MaxStateNameLength = 80;

    /// <param name="where">Where the graph sits, e.g. <c>" (Parallel 'P' branch 1)"</c>; empty for the machine.</param>
    public static StateGraph Parse(FieldReader graph, string where)
    {
        var startAt = graph.RequiredString("StartAt");
        var statesJson = graph.OptionalObject("States") ?? throw graph.Error("field 'States' is required");
        if (statesJson.Count == 0)
        {
            throw graph.Error("field 'States' must define at least one state");
        }

        var states = new Dictionary<string, State>(StringComparer.Ordinal);
        foreach (var (name, json) in statesJson)
        {
            var location = $"State '{name}'{where}";
            if (name.Length is 0 or > MaxStateNameLength)
            {
                throw new InvalidDefinitionException($"{location}: a state name must be 1 to {MaxStateNameLength} characters long");
            }

            if (json is not JsonObject stateJson)
            {
                throw new InvalidDefinitionException($"{location}: the state must be a JSON object");
            }

            states.Add(name, StateParser.Parse(name, new FieldReader(stateJson, location), where));
        }

        if (!states.ContainsKey(startAt))
        {
            throw graph.Error($"StartAt '{startAt}' does not name a state");
        }

        foreach (var state in states.Values)
        {
            foreach (var transition in state.Transitions)
            {
                if (!states.ContainsKey(transition.Target))
                {
                    throw new InvalidDefinitionException(
                        $"State '{state.Name}'{where}: {transition.Field} '{transition.Target}' does not name a state");
                }
            }
        }

        RejectUnreachable(startAt, states, where);
        return new StateGraph(startAt, states.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static void RejectUnreachable(string startAt, Dictionary<string, State> states, string where)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { startAt };
        var pending = new Stack<string>([startAt]);
        while (pending.TryPop(out var name))
        {
            foreach (var transition in states[name].Transitions)
            {
                if (reached.Add(transition.Target))
                {
                    pending.Push(transition.Target);
                }
            }
        }

        foreach (var name in states.Keys)
        {
            if (!reached.Contains(name))
            {
                throw new InvalidDefinitionException($"State '{name}'{where}: the state is not reachable from StartAt '{startAt}'");
            }
        }
    }
}
