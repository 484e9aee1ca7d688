namespace OrderEvents.Handlers.Randomness;

/// <summary>The randomness handlers use (payment declines, gateway references), injectable so runs can be replayed.</summary>
/// <remarks>Implementations must be thread-safe.</remarks>
public interface IRandomSource
{
    /// <summary>A number in [0, 1).</summary>
    double NextDouble();

    /// <summary>Fills <paramref name="destination"/> with random bytes.</summary>
    void NextBytes(Span<byte> destination);
}
