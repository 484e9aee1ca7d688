using System.Globalization;
using System.Text.Json.Nodes;
using OrderEvents.Local.EventBridge.Bus;
using OrderEvents.Local.OrderFlow;
using OrderEvents.Local.StepFunctions;

namespace OrderEvents.Local.Cli.Output;

/// <summary>
/// The <c>--json</c> document: the PutEvents response (FailedEntryCount, Entries with EventId or
/// ErrorCode/ErrorMessage) extended with each entry's rules, executions and notifications.
/// </summary>
internal sealed partial class PutEventsView
{
    public void WriteJson(TextWriter output)
    {
        var entries = new JsonArray();
        foreach (var entry in outcome.Result.Entries)
        {
            entries.Add(entry.IsAccepted ? AcceptedEntry(entry) : new JsonObject
            {
                ["ErrorCode"] = entry.ErrorCode,
                ["ErrorMessage"] = entry.ErrorMessage,
            });
        }

        var document = new JsonObject
        {
            ["FailedEntryCount"] = outcome.Result.FailedEntryCount,
            ["Entries"] = entries,
            ["Seed"] = settings.Seed,
            ["DeclineRate"] = settings.DeclineRate,
            ["Outbox"] = settings.OutboxDirectory,
        };
        output.WriteLine(document.ToJsonString(JsonFormats.Indented));
    }

    private JsonObject AcceptedEntry(PutEventsResultEntry entry)
    {
        var runs = outcome.RunsOf(entry.EventId).ToList();
        var rules = new JsonArray();
        foreach (var rule in entry.MatchedRules)
        {
            rules.Add(new JsonObject
            {
                ["Name"] = rule.RuleName,
                ["Targets"] = new JsonArray([.. rule.Targets.Select(t => (JsonNode)new JsonObject { ["Id"] = t.TargetId, ["Error"] = t.Error })]),
                ["Executions"] = new JsonArray([.. runs.Where(r => r.RuleName == rule.RuleName).Select(Execution)]),
            });
        }

        return new JsonObject { ["EventId"] = entry.EventId, ["Rules"] = rules };
    }

    private static JsonNode Execution(WorkflowRun run)
    {
        var result = run.Result;
        var json = new JsonObject
        {
            ["ExecutionArn"] = result.ExecutionArn,
            ["Status"] = ExecutionJson.StatusName(result.Status),
            ["StartDate"] = Timestamp(result.StartDate),
            ["StopDate"] = Timestamp(result.StopDate),
        };
        if (result.Status == ExecutionStatus.Succeeded)
        {
            json["Output"] = result.Output?.DeepClone();
        }
        else
        {
            json["Error"] = result.Error;
            json["Cause"] = result.Cause;
        }

        json["States"] = ExecutionJson.States(TraceSteps.From(result.Trace));
        json["Notifications"] = new JsonArray([.. run.Notifications.Select(n => (JsonNode)new JsonObject
        {
            ["TopicArn"] = n.Message.TopicArn,
            ["MessageId"] = n.MessageId,
            ["Subject"] = n.Message.Subject,
            ["Deliveries"] = new JsonArray([.. n.Deliveries.Select(d => (JsonNode)new JsonObject
            {
                ["Protocol"] = d.Protocol,
                ["Endpoint"] = d.Endpoint,
                ["File"] = d.Location,
                ["Error"] = d.Error,
            })]),
        })]);
        return json;
    }

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
