namespace OrderEvents.Local.EventBridge.Bus;

/// <summary>
/// Where a rule sends matching events, e.g. "start this state machine with the envelope as input".
/// A target that throws is reported as a failed delivery; the event itself stays accepted.
/// </summary>
public interface IRuleTarget
{
    /// <summary>Names the target in results, e.g. the state machine ARN.</summary>
    string Id { get; }

    /// <summary>Delivers the event envelope (JSON, AWS key order).</summary>
    ValueTask DeliverAsync(string envelopeJson, CancellationToken cancellationToken);
}
