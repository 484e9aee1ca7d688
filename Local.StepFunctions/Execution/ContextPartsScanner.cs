namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>Finds which context sections an expression reads.</summary>
internal static class ContextPartsScanner
{
    /// <summary>The parts read by every <c>$$</c> reference in an expression; a bare <c>$$</c> reads them all.</summary>
    public static ContextParts Scan(string expression)
    {
        var parts = ContextParts.None;
        for (var at = expression.IndexOf("$$", StringComparison.Ordinal); at >= 0; at = expression.IndexOf("$$", at + 2, StringComparison.Ordinal))
        {
            var rest = expression.AsSpan(at + 2);
            var first = Segment(ref rest);
            parts |= first switch
            {
                "Execution" => Segment(ref rest) is "Input" or "" ? ContextParts.Execution | ContextParts.ExecutionInput : ContextParts.Execution,
                "State" => ContextParts.State,
                "StateMachine" => ContextParts.StateMachine,
                "Map" => ContextParts.Map,
                "" => ContextParts.All,
                _ => ContextParts.None,
            };
        }

        return parts;
    }

    // Reads the next ".Name" or "['Name']" segment; empty when the path ends (or goes on in another form).
    private static string Segment(ref ReadOnlySpan<char> rest)
    {
        int start;
        int end;
        if (rest.StartsWith("['"))
        {
            start = 2;
            end = rest[start..].IndexOf('\'');
        }
        else if (rest.StartsWith("."))
        {
            start = 1;
            end = rest[start..].IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
        }
        else
        {
            return string.Empty;
        }

        end = end < 0 ? rest.Length - start : end;
        var name = rest.Slice(start, end).ToString();
        rest = rest[(start + end)..];
        return name;
    }
}
