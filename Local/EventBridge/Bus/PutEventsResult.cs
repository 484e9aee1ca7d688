namespace OrderEvents.Local.EventBridge.Bus;

/// <summary>The answer to PutEvents: one entry per request entry, in request order.</summary>
public sealed record PutEventsResult(IReadOnlyList<PutEventsResultEntry> Entries)
{
    public int FailedEntryCount => Entries.Count(e => !e.IsAccepted);
}

/// <summary>
/// An accepted entry has <see cref="EventId"/>, its <see cref="Envelope"/> and the rules it matched;
/// a rejected one has <see cref="ErrorCode"/> and <see cref="ErrorMessage"/> only.
/// </summary>
public sealed record PutEventsResultEntry
{
    public string? EventId { get; init; }

    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    /// <summary>The event as delivered to targets (JSON, AWS key order).</summary>
    public string? Envelope { get; init; }

    public IReadOnlyList<RuleDelivery> MatchedRules { get; init; } = [];

    public bool IsAccepted => EventId is not null;

    public static PutEventsResultEntry Failed(string errorCode, string errorMessage) =>
        new() { ErrorCode = errorCode, ErrorMessage = errorMessage };
}

/// <summary>A rule that matched an event, and what happened at each of its targets.</summary>
public sealed record RuleDelivery(string RuleName, IReadOnlyList<TargetDelivery> Targets);

/// <summary>One target's delivery; <see cref="Error"/> is null when it succeeded.</summary>
public sealed record TargetDelivery(string TargetId, string? Error)
{
    public bool Succeeded => Error is null;
}
