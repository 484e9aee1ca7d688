using System.Globalization;

namespace OrderEvents.Benchmarks.Workloads;

/// <summary>Reads a process's resident memory (VmRSS) from <c>/proc/PID/status</c>.</summary>
internal static class ProcessMemory
{
    /// <returns>The resident set in bytes.</returns>
    /// <exception cref="InvalidOperationException">The process has no readable VmRSS (it exited, or this is not Linux).</exception>
    public static long ResidentBytes(int processId)
    {
        var status = $"/proc/{processId}/status";
        string? line;
        try
        {
            line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException($"cannot read {status}: {ex.Message}", ex);
        }

        // "VmRSS:	   11640 kB"
        var fields = line?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return fields is { Length: 3 } && fields[2] == "kB" && long.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kilobytes)
            ? kilobytes * 1024
            : throw new InvalidOperationException($"{status} has no VmRSS line in kB");
    }
}
