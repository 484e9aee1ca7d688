using System.Globalization;
using OrderEvents.Local.EventBridge.Bus;
using OrderEvents.Local.OrderFlow;
using OrderEvents.Local.StepFunctions;

namespace OrderEvents.Local.Cli.Output;

/// <summary>Shows a put-events run: per entry its event id or error, matched rule, execution trace, status and e-mails.</summary>
internal sealed partial class PutEventsView(PutEventsOutcome outcome, LocalSettings settings, CliContext context, string? mockTestCase = null)
{
    private const string Label = "{0,-10}";

    private ConsoleStyle Style => context.Style;

    public void WriteText(TextWriter output)
    {
        var entries = outcome.Result.Entries;
        output.WriteLine(Style.Dim(
            $"bus {LocalSettings.BusName} · seed {settings.Seed} · decline rate {settings.DeclineRate.ToString(CultureInfo.InvariantCulture)}"
            + (settings.Time is StepFunctions.Time.VirtualTimeProvider ? " · virtual time" : string.Empty)
            + (mockTestCase is null ? string.Empty : $" · mocked test case {mockTestCase}")));
        for (var i = 0; i < entries.Count; i++)
        {
            output.WriteLine();
            WriteEntry(output, i, entries[i]);
        }

        output.WriteLine();
        output.WriteLine(Summary());
    }

    private void WriteEntry(TextWriter output, int index, PutEventsResultEntry entry)
    {
        var title = Style.Bold($"Entry {index + 1}");
        if (!entry.IsAccepted)
        {
            output.WriteLine($"{title}  {Style.Red("rejected")}  {entry.ErrorCode}: {entry.ErrorMessage}");
            return;
        }

        output.WriteLine($"{title}  {Style.Green("accepted")}  event {entry.EventId}");
        if (entry.MatchedRules.Count == 0)
        {
            Line(output, "rule", Style.Yellow("no rule matched; nothing ran"));
            return;
        }

        var runs = outcome.RunsOf(entry.EventId).ToList();
        foreach (var rule in entry.MatchedRules)
        {
            foreach (var target in rule.Targets)
            {
                Line(output, "rule", $"{rule.RuleName} → {target.TargetId}");
                if (!target.Succeeded)
                {
                    Line(output, "delivery", Style.Red(target.Error!));
                }
            }

            foreach (var run in runs.Where(r => r.RuleName == rule.RuleName))
            {
                WriteRun(output, run);
            }
        }
    }

    private void WriteRun(TextWriter output, WorkflowRun run)
    {
        var result = run.Result;
        Line(output, "execution", result.ExecutionArn);
        TraceView.Write(output, TraceSteps.From(result.Trace), Style, "    ");
        var elapsed = DisplayText.Duration(result.StopDate - result.StartDate);
        var status = ExecutionJson.StatusName(result.Status);
        Line(output, "status", result.Status == ExecutionStatus.Succeeded
            ? $"{Style.Green(status)} {Style.Dim($"in {elapsed}")}"
            : $"{Style.Red(status)} {Style.Dim($"in {elapsed}")}  {DisplayText.Error(result.Error, result.Cause)}");
        if (run.Notifications.Count == 0)
        {
            Line(output, "sns", Style.Dim("no messages published"));
            return;
        }

        foreach (var published in run.Notifications)
        {
            var topic = published.Message.TopicArn[(published.Message.TopicArn.LastIndexOf(':') + 1)..];
            Line(output, "sns", $"{topic}: \"{published.Message.Subject}\" (message {published.MessageId})");
            foreach (var delivery in published.Deliveries)
            {
                var where = delivery.Location is { } file ? RelativePath(file) : Style.Red($"not delivered: {delivery.Error}");
                Line(output, string.Empty, $"→ {delivery.Protocol} {delivery.Endpoint}  {where}");
            }
        }
    }

    private string Summary()
    {
        var entries = outcome.Result.Entries;
        var accepted = entries.Count(e => e.IsAccepted);
        var statuses = outcome.Runs
            .GroupBy(r => r.Result.Status)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {ExecutionJson.StatusName(g.Key).ToLowerInvariant()}");
        var executions = outcome.Runs.Count == 0 ? "no executions" : $"{Plural(outcome.Runs.Count, "execution")} ({string.Join(", ", statuses)})";
        var emails = outcome.Runs.SelectMany(r => r.Notifications).SelectMany(n => n.Deliveries).Count(d => d.Location is not null);
        return $"{Plural(entries.Count, "entry", "entries")}: {accepted} accepted, {entries.Count - accepted} rejected · {executions} · "
            + $"{Plural(emails, "e-mail")} in {RelativePath(settings.OutboxDirectory)}{Path.DirectorySeparatorChar}";
    }

    private static void Line(TextWriter output, string label, string text) =>
        output.WriteLine($"  {string.Format(CultureInfo.InvariantCulture, Label, label)}{text}");

    private static string Plural(int count, string one, string? many = null) => $"{count} {(count == 1 ? one : many ?? one + "s")}";

    /// <summary>Paths under the working directory are shown relative to it, others in full.</summary>
    private string RelativePath(string path)
    {
        var relative = Path.GetRelativePath(context.WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
