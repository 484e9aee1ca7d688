namespace OrderEvents.Local.EventBridge.Patterns.Matching;

internal enum LeafKind
{
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// One scalar event value as matchers see it: a string as its unescaped UTF-8 bytes, a number as its
/// literal text plus, when EventBridge can compare it numerically, its decimal value.
/// </summary>
internal readonly ref struct LeafValue
{
    public LeafValue(LeafKind kind, ReadOnlySpan<byte> utf8, bool isComparable = false, decimal number = 0m)
    {
        Kind = kind;
        Utf8 = utf8;
        IsComparable = isComparable;
        Number = number;
    }

    public LeafKind Kind { get; }

    public ReadOnlySpan<byte> Utf8 { get; }

    /// <summary>True for numbers within EventBridge's comparable range (see <see cref="ComparableNumber"/>).</summary>
    public bool IsComparable { get; }

    public decimal Number { get; }

    public bool IsString => Kind == LeafKind.String;
}
