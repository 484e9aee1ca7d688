using System.Globalization;

namespace OrderEvents.Benchmarks.Harness;

/// <summary>How a figure is written in the table.</summary>
internal enum MetricUnit
{
    PerSecond,
    Seconds,
    Milliseconds,
    Microseconds,

    /// <summary>10^6 bytes.</summary>
    Megabytes,

    /// <summary>A ratio between two figures, e.g. the JIT's cold start over the AOT one.</summary>
    Times,
}

internal static class MetricUnitFormat
{
    public static string Format(this MetricUnit unit, double value) => unit switch
    {
        MetricUnit.PerSecond => Number(value) + "/s",
        MetricUnit.Seconds => Number(value) + " s",
        MetricUnit.Milliseconds => Number(value) + " ms",
        MetricUnit.Microseconds => Number(value) + " µs",
        MetricUnit.Megabytes => Number(value) + " MB",
        MetricUnit.Times => Number(value) + "×",
        _ => Number(value),
    };

    /// <summary>Three significant digits for small figures, whole numbers with separators for large ones.</summary>
    private static string Number(double value)
    {
        var magnitude = Math.Abs(value);
        var format = magnitude >= 100 ? "N0" : magnitude >= 10 ? "N1" : "N2";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }
}
