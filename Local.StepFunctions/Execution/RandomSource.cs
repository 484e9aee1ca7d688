using System.Runtime.CompilerServices;

namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>The execution's randomness, and the UUIDs drawn from it.</summary>
internal static class RandomSource
{
    // One wrapper per caller's Random, made once: a Random subclass seeds a generator of its own when constructed.
    private static readonly ConditionalWeakTable<Random, SerializedRandom> Serialized = [];

    /// <summary>The options' random made safe to share, or <see cref="Random.Shared"/>.</summary>
    public static Random From(Random? seeded) =>
        seeded is null ? Random.Shared : Serialized.GetValue(seeded, static inner => new SerializedRandom(inner));

    /// <summary>A random (version 4) UUID in its lowercase text form.</summary>
    public static string NewUuid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
