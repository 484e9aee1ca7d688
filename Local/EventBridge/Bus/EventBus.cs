using System.Text.Json;

namespace OrderEvents.Local.EventBridge.Bus;

/// <summary>
/// A local EventBridge event bus: PutEvents validates each entry as AWS does, gives accepted ones an
/// id and the real envelope, and delivers them to the targets of every rule whose pattern matches.
/// Time and ids are injected so runs are reproducible. Calls to <see cref="PutEventsAsync"/> are
/// meant to be made one at a time (the id source need not be thread-safe).
/// </summary>
public sealed class EventBus
{
    public const int MaxEntriesPerCall = 10;

    private readonly Rule[] rules;
    private readonly TimeProvider time;
    private readonly IEventIdSource ids;

    public EventBus(
        string name,
        IEnumerable<Rule> rules,
        TimeProvider time,
        IEventIdSource ids,
        string account = "123456789012",
        string region = "us-east-1")
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        this.rules = [.. rules];
        this.time = time;
        this.ids = ids;
        Account = account;
        Region = region;
    }

    public string Name { get; }

    public string Account { get; }

    public string Region { get; }

    public string Arn => $"arn:aws:events:{Region}:{Account}:event-bus/{Name}";

    public IReadOnlyList<Rule> Rules => rules;

    /// <summary>Whether an entry's EventBusName (a name or an ARN) designates this bus.</summary>
    public bool IsAddressedBy(string eventBusName) => eventBusName == Name || eventBusName == Arn;

    /// <summary>
    /// Sends 1 to 10 entries. Throws <see cref="PutEventsRequestException"/> when the call itself is
    /// invalid; otherwise answers every entry, in request order, accepted or with its error.
    /// </summary>
    public async ValueTask<PutEventsResult> PutEventsAsync(
        IReadOnlyList<PutEventsRequestEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count is < 1 or > MaxEntriesPerCall)
        {
            var constraint = entries.Count < 1
                ? "Member must have length greater than or equal to 1"
                : $"Member must have length less than or equal to {MaxEntriesPerCall}";
            throw new PutEventsRequestException(
                $"1 validation error detected: Value at 'entries' failed to satisfy constraint: {constraint} (got {entries.Count} entries).");
        }

        var results = new List<PutEventsResultEntry>(entries.Count);
        foreach (var entry in entries)
        {
            results.Add(entry is null
                ? PutEventsResultEntry.Failed(EntryValidation.InvalidArgument, "Entry must not be null.")
                : await AcceptAsync(entry, cancellationToken));
        }

        return new PutEventsResult(results);
    }

    private async ValueTask<PutEventsResultEntry> AcceptAsync(PutEventsRequestEntry entry, CancellationToken cancellationToken)
    {
        if (EntryValidation.Check(entry, this, out var detail) is { } failure)
        {
            return failure;
        }

        string envelope;
        using (detail)
        {
            var id = ids.NextId();
            envelope = EnvelopeWriter.Write(id, entry, Account, Region, entry.Time ?? time.GetUtcNow(), detail!.RootElement);
        }

        using var document = JsonDocument.Parse(envelope);
        var matched = new List<RuleDelivery>();
        foreach (var rule in rules)
        {
            if (rule.Pattern.Matches(document.RootElement))
            {
                matched.Add(new RuleDelivery(rule.Name, await DeliverAsync(rule, envelope, cancellationToken)));
            }
        }

        return new PutEventsResultEntry
        {
            EventId = document.RootElement.GetProperty("id").GetString(),
            Envelope = envelope,
            MatchedRules = matched,
        };
    }

    private static async ValueTask<IReadOnlyList<TargetDelivery>> DeliverAsync(
        Rule rule, string envelope, CancellationToken cancellationToken)
    {
        var deliveries = new List<TargetDelivery>(rule.Targets.Count);
        foreach (var target in rule.Targets)
        {
            try
            {
                await target.DeliverAsync(envelope, cancellationToken);
                deliveries.Add(new TargetDelivery(target.Id, null));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failing target does not un-accept the event, as on AWS; the failure is reported.
                deliveries.Add(new TargetDelivery(target.Id, $"{ex.GetType().Name}: {ex.Message}"));
            }
        }

        return deliveries;
    }
}
