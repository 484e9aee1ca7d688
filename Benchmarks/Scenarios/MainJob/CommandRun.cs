using System.Diagnostics;

namespace OrderEvents.Benchmarks.Scenarios.MainJob;

/// <summary>One command line, run to completion as a child process and timed from spawn to exit.</summary>
internal sealed record CommandRun(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    public string Display => string.Join(' ', [FileName, .. Arguments]);

    /// <returns>The wall time.</returns>
    /// <exception cref="InvalidOperationException">The command exited non-zero; the message holds its output.</exception>
    public async Task<TimeSpan> RunAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(FileName)
        {
            WorkingDirectory = WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var started = time.GetTimestamp();
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"could not start {FileName}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var elapsed = time.GetElapsedTime(started);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{Display}` exited {process.ExitCode}: {(await errors + await output).Trim()}");
        }

        return elapsed;
    }
}
