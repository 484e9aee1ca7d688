namespace OrderEvents.Local.OrderFlow;

/// <summary>Thread-safe UUID v4 strings from a seeded generator, so ids repeat when the seed does.</summary>
public sealed class SeededIds(int seed)
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    public string Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        lock (_gate)
        {
            _random.NextBytes(bytes);
        }

        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }
}
