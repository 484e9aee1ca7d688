using System.Text.Json.Nodes;

namespace OrderEvents.Local.Cli.Output;

/// <summary>One visit of one state, summarized from the execution trace for display.</summary>
public sealed record StateStep(string Name, int? Index, DateTimeOffset EnteredAt)
{
    public TimeSpan? Duration { get; set; }

    public JsonNode? Output { get; set; }

    public bool Exited { get; set; }

    public string? Error { get; set; }

    public string? Cause { get; set; }

    public int Retries { get; set; }

    /// <summary>A Catch rule took the error: the execution went on to another state.</summary>
    public bool Caught { get; set; }

    public bool Failed => Error is not null;
}
