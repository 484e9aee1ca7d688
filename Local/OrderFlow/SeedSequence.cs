namespace OrderEvents.Local.OrderFlow;

/// <summary>
/// One seed per random source, drawn from the run's seed. System.Random gives correlated sequences for
/// neighbouring seeds, so the sources get well-separated seeds rather than seed, seed + 1, ...
/// </summary>
public sealed record SeedSequence(int Functions, int Executions, int Topics, int Events)
{
    public static SeedSequence From(int seed)
    {
        var master = new Random(seed);
        return new SeedSequence(master.Next(), master.Next(), master.Next(), master.Next());
    }
}
