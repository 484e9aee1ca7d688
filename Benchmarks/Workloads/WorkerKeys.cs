using System.Globalization;

namespace OrderEvents.Benchmarks.Workloads;

/// <summary>Unique keys (<c>{prefix}{worker}-{n}</c>) from per-worker counters, each counter on its own cache line.</summary>
internal sealed class WorkerKeys(int workers, string prefix = "")
{
    private const int Stride = 16;
    private readonly long[] next = new long[workers * Stride];

    /// <summary>The next key of <paramref name="worker"/>; only that worker may call it.</summary>
    public string Next(int worker) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{worker}-{next[worker * Stride]++}");
}
