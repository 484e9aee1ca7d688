using System.Diagnostics;
using OrderEvents.Benchmarks.Harness;
using OrderEvents.Local.ProcessMode;

namespace OrderEvents.Benchmarks.Workloads;

/// <summary>
/// The two builds of the handlers the process scenarios spawn, both from <c>scripts/publish-bootstrap.sh</c>:
/// the Native AOT <c>bootstrap</c> (the deployed artifact) and the same code for the JIT (<c>bootstrap.dll</c>).
/// Each is published when missing or older than the handler sources, and reused otherwise.
/// </summary>
internal static class BootstrapBuilds
{
    public static Task<string> EnsureAotAsync(BenchContext context, CancellationToken cancellationToken) =>
        new BootstrapArtifact(context.RepositoryRoot).EnsureCurrentAsync(context.Progress, cancellationToken);

    public static async Task<string> EnsureJitAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var assembly = context.InRepository(Path.Combine("artifacts", "bootstrap-jit", "bootstrap.dll"));
        if (File.Exists(assembly) && File.GetLastWriteTimeUtc(assembly) >= NewestHandlerSource(context))
        {
            return assembly;
        }

        await context.Progress.WriteLineAsync("Publishing the JIT build of the handlers (BOOTSTRAP_FLAVOR=jit scripts/publish-bootstrap.sh)...");
        var startInfo = new ProcessStartInfo("bash")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = context.RepositoryRoot,
        };
        startInfo.ArgumentList.Add(context.InRepository(Path.Combine("scripts", "publish-bootstrap.sh")));
        startInfo.Environment["BOOTSTRAP_FLAVOR"] = "jit";
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("could not start bash");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 || !File.Exists(assembly))
        {
            throw new InvalidOperationException($"publishing the JIT build failed (exit {process.ExitCode}): {(await errors + await output).Trim()}");
        }

        return assembly;
    }

    private static DateTime NewestHandlerSource(BenchContext context)
    {
        var handlers = context.InRepository("Handlers");
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(handlers, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal))
            .Select(File.GetLastWriteTimeUtc)
            .DefaultIfEmpty(DateTime.MinValue)
            .Max();
    }
}
