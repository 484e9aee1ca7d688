namespace OrderEvents.Local.Cli.Output;

/// <summary>Renders state visits as aligned lines: mark, state, duration, then the output or the error.</summary>
public static class TraceView
{
    private const int OutputWidth = 96;

    public static void Write(TextWriter output, IReadOnlyList<StateStep> steps, ConsoleStyle style, string indent)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(style);
        if (steps.Count == 0)
        {
            output.WriteLine($"{indent}{style.Dim("(no states recorded)")}");
            return;
        }

        var nameWidth = steps.Max(s => Label(s).Length);
        var durationWidth = steps.Max(s => DisplayText.Duration(s.Duration).Length);
        foreach (var step in steps)
        {
            var mark = step.Failed ? style.Red("✗") : style.Green("✓");
            var name = Label(step).PadRight(nameWidth);
            var duration = style.Dim(DisplayText.Duration(step.Duration).PadLeft(durationWidth));
            var detail = step.Failed ? ErrorDetail(step, style) : style.Dim("→ ") + DisplayText.Abbreviate(step.Output, OutputWidth);
            var retries = step.Retries > 0 ? style.Yellow($"  ({step.Retries} {(step.Retries == 1 ? "retry" : "retries")})") : string.Empty;
            output.WriteLine($"{indent}{mark} {name}  {duration}  {detail}{retries}");
        }
    }

    private static string Label(StateStep step) => step.Index is { } index ? $"{step.Name} [{index}]" : step.Name;

    private static string ErrorDetail(StateStep step, ConsoleStyle style)
    {
        var text = style.Red(DisplayText.Truncate(DisplayText.Error(step.Error, step.Cause), OutputWidth));
        return step.Caught ? text + style.Dim("  (caught)") : text;
    }
}
