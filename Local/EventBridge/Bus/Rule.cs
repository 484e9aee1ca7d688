using OrderEvents.Local.EventBridge.Patterns;

namespace OrderEvents.Local.EventBridge.Bus;

/// <summary>An EventBridge rule: every accepted event its pattern matches goes to each target, in order.</summary>
public sealed record Rule(string Name, EventPattern Pattern, IReadOnlyList<IRuleTarget> Targets);
