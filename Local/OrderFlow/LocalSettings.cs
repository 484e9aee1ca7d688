using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Logging;

namespace OrderEvents.Local.OrderFlow;

/// <summary>How the local OrderEvents app is put together; the command-line options map onto these.</summary>
public sealed record LocalSettings
{
    /// <summary>The name the stack gives the state machine (mock configs refer to it).</summary>
    public const string StateMachineName = "OrderWorkflow";

    /// <summary>The bus the stack creates and the sample events name.</summary>
    public const string BusName = "order-events";

    public const string RuleName = "OrderPlacedRule";

    public const string TopicName = "order-notifications";

    public const string DefaultRecipient = "customer@example.com";

    /// <summary>Seeds every random choice (payment declines, ids, retry jitter) so a run can be replayed.</summary>
    public required int Seed { get; init; }

    public double DeclineRate { get; init; } = FunctionSettings.DefaultDeclineRate;

    /// <summary>Where e-mail deliveries are written as <c>.eml</c> files.</summary>
    public required string OutboxDirectory { get; init; }

    /// <summary>
    /// Whether e-mail deliveries are written to the outbox; when false they are only counted
    /// (<c>execute --repeat</c>, where thousands of files would be the cost measured).
    /// </summary>
    public bool WriteEmails { get; init; } = true;

    /// <summary>The address subscribed to the notification topic (the stack's <c>notificationEmail</c>).</summary>
    public string Recipient { get; init; } = DefaultRecipient;

    /// <summary>The clock of handlers, topics and executions (a virtual clock makes waits instant).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where the functions' JSON log lines go (discarded by default).</summary>
    public ILogSink FunctionLogs { get; init; } = NullLogSink.Instance;

    public string Region { get; init; } = "us-east-1";

    public string AccountId { get; init; } = "123456789012";
}
