namespace OrderEvents.Handlers.Logging;

/// <summary>One entry of a log line's <c>fields</c> object: a string (or null), a number, a boolean or a list of strings.</summary>
public readonly record struct LogField
{
    private LogField(string name, string? text, decimal? number, IReadOnlyList<string>? texts, bool? flag = null)
    {
        Name = name;
        Text = text;
        Number = number;
        Texts = texts;
        Flag = flag;
    }

    public string Name { get; }

    public string? Text { get; }

    public decimal? Number { get; }

    public IReadOnlyList<string>? Texts { get; }

    public bool? Flag { get; }

    public static LogField String(string name, string? value) => new(name, value, null, null);

    public static LogField Decimal(string name, decimal? value) => new(name, null, value, null);

    public static LogField Boolean(string name, bool value) => new(name, null, null, null, value);

    public static LogField List(string name, IReadOnlyList<string> values) => new(name, null, null, values);
}
