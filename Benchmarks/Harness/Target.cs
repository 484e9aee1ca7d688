namespace OrderEvents.Benchmarks.Harness;

/// <summary>The figure a measurement's median must reach (at least or at most).</summary>
internal sealed record Target(double Limit, bool AtLeast, MetricUnit Unit)
{
    public static Target Minimum(double limit, MetricUnit unit) => new(limit, AtLeast: true, unit);

    public static Target Maximum(double limit, MetricUnit unit) => new(limit, AtLeast: false, unit);

    public bool IsMetBy(double value) => AtLeast ? value >= Limit : value <= Limit;

    public override string ToString() => (AtLeast ? "≥ " : "≤ ") + Unit.Format(Limit);
}
