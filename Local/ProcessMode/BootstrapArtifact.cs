using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace OrderEvents.Local.ProcessMode;

/// <summary>
/// The published AOT <c>bootstrap</c> that process mode runs: built by <c>scripts/publish-bootstrap.sh</c>
/// (the same script the CDK stack bundles with) and reused while the handler sources are unchanged.
/// </summary>
public sealed class BootstrapArtifact
{
    private const string StampFile = ".source-hash";
    private readonly string repositoryRoot;

    public BootstrapArtifact(string repositoryRoot, string runtimeId = "linux-x64")
    {
        this.repositoryRoot = repositoryRoot;
        Directory = Path.Combine(repositoryRoot, "artifacts", "bootstrap", runtimeId);
        RuntimeId = runtimeId;
    }

    public string Directory { get; }

    public string RuntimeId { get; }

    public string ExecutablePath => Path.Combine(Directory, "bootstrap");

    /// <summary>Publishes the executable unless it is current; progress goes to <paramref name="progress"/>.</summary>
    /// <returns>The path of the executable.</returns>
    public async Task<string> EnsureCurrentAsync(TextWriter progress, CancellationToken cancellationToken)
    {
        // Hashed once: the sources the publish reads are the ones checked here and recorded below.
        var sourceHash = SourceHash();
        if (IsBuiltFrom(sourceHash))
        {
            return ExecutablePath;
        }

        var script = Path.Combine(repositoryRoot, "scripts", "publish-bootstrap.sh");
        await progress.WriteLineAsync($"Publishing the Native AOT bootstrap to {Directory} (scripts/publish-bootstrap.sh; about a minute the first time)...");
        var startInfo = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        startInfo.ArgumentList.Add(script);
        startInfo.ArgumentList.Add(Directory);
        startInfo.ArgumentList.Add(RuntimeId);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start bash.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new BootstrapBuildException(
                $"Publishing the bootstrap failed (exit {process.ExitCode}):{Environment.NewLine}{await output}{await errors}".TrimEnd());
        }

        await File.WriteAllTextAsync(Path.Combine(Directory, StampFile), sourceHash, cancellationToken);
        return ExecutablePath;
    }

    /// <summary>True when the executable exists and was built from sources with this hash.</summary>
    private bool IsBuiltFrom(string sourceHash) => File.Exists(ExecutablePath)
        && File.Exists(Path.Combine(Directory, StampFile))
        && File.ReadAllText(Path.Combine(Directory, StampFile)) == sourceHash;

    /// <summary>A SHA-256 over the handler sources and the build policy files, by relative path.</summary>
    private string SourceHash()
    {
        var handlers = Path.Combine(repositoryRoot, "Handlers");
        var files = System.IO.Directory.EnumerateFiles(handlers, "*", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(handlers, f)) && (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal)))
            .Concat(new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" }.Select(f => Path.Combine(repositoryRoot, f)).Where(File.Exists))
            .Select(f => Path.GetRelativePath(repositoryRoot, f))
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(repositoryRoot, file)));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || relativePath.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
