using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace OrderEvents.Benchmarks.Harness;

/// <summary>The machine and runtime the figures were taken on, read from <c>/proc</c> where Linux offers it.</summary>
internal sealed record MachineInfo(int Cores, string CpuModel, string Memory, string Runtime, string OperatingSystem)
{
    public static MachineInfo Read() => new(
        Environment.ProcessorCount,
        ProcValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        MemoryTotal(),
        $"{RuntimeInformation.FrameworkDescription} ({(GCSettings.IsServerGC ? "server" : "workstation")} GC)",
        RuntimeInformation.OSDescription);

    /// <summary>The 1, 5 and 15 minute load averages, e.g. <c>0.52 0.61 0.70</c>; "unknown" off Linux.</summary>
    public static string LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(' ', fields.Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    /// <summary>The 1-minute load average alone.</summary>
    public static string OneMinuteLoad() => LoadAverage().Split(' ')[0];

    private static string MemoryTotal()
    {
        // "MemTotal:       16314592 kB"
        var value = ProcValue("/proc/meminfo", "MemTotal");
        var kilobytes = value?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return long.TryParse(kilobytes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb)
            ? (kb / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " GiB"
            : "unknown";
    }

    /// <summary>The value after the colon on the first line starting with <paramref name="key"/>.</summary>
    private static string? ProcValue(string file, string key)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        var colon = line?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon < 0 ? null : line![(colon + 1)..].Trim();
    }
}
