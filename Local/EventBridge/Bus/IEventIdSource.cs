namespace OrderEvents.Local.EventBridge.Bus;

/// <summary>Supplies event ids (UUIDs), so tests and seeded runs get reproducible ids.</summary>
public interface IEventIdSource
{
    string NextId();
}

/// <summary>Random version-4 UUIDs, like the ids EventBridge assigns.</summary>
public sealed class RandomEventIdSource : IEventIdSource
{
    public string NextId() => Guid.NewGuid().ToString();
}

/// <summary>Version-4-shaped UUIDs drawn from a seeded generator: the same seed gives the same ids.</summary>
public sealed class SeededEventIdSource(int seed) : IEventIdSource
{
    private readonly Random random = new(seed);

    public string NextId()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }
}
