using System.ComponentModel;
using System.Diagnostics;
using Amazon.CDK;
using Amazon.JSII.Runtime.Deputy;

namespace OrderEvents.Cdk.Bundling;

/// <summary>
/// Builds the Native AOT <c>bootstrap</c> on the machine running <c>cdk synth</c> with
/// <c>scripts/publish-bootstrap.sh</c> (<c>dotnet publish -p:PublishAot=true</c>), the same build the local
/// runtime's process mode runs. Declines (so CDK falls back to Docker) when the host cannot build for the
/// target (not Linux, another instruction set, no <c>dotnet</c> on PATH) or when the result needs a
/// newer glibc than provided.al2023 has. A failing build is an error, not a reason to fall back.
/// </summary>
/// <remarks>Derives from <see cref="DeputyBase"/> so the CDK's JavaScript side can call back into it.</remarks>
public sealed class NativeAotLocalBundling(string publishScript, TargetPlatform platform) : DeputyBase, ILocalBundling
{
    public bool TryBundle(string outputDir, IBundlingOptions options)
    {
        if (!platform.MatchesHost)
        {
            Console.Error.WriteLine($"Local bundling skipped: this host cannot build {platform.RuntimeIdentifier} natively; using Docker.");
            return false;
        }

        int exitCode;
        string output;
        try
        {
            (exitCode, output) = Publish(outputDir);
        }
        catch (Win32Exception)
        {
            Console.Error.WriteLine("Local bundling skipped: 'bash' is not on PATH; using Docker.");
            return false;
        }

        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"{publishScript} failed with exit code {exitCode}:{System.Environment.NewLine}{output}");
        }

        var bootstrap = Path.Combine(outputDir, "bootstrap");
        if (!File.Exists(bootstrap))
        {
            throw new InvalidOperationException($"dotnet publish produced no 'bootstrap' in {outputDir}.");
        }

        var required = GlibcRequirement.NewestRequired(bootstrap);
        if (required is not null && required > GlibcRequirement.ProvidedAl2023)
        {
            Console.Error.WriteLine(
                $"Local bundling discarded: the bootstrap built here needs glibc {required}, but provided.al2023 has "
                + $"{GlibcRequirement.ProvidedAl2023}; building on Amazon Linux 2023 in Docker instead.");
            DeleteFilesExcept(outputDir, keep: null);
            return false;
        }

        // Symbol files and the like stay out of the deployment package: Lambda runs only 'bootstrap'.
        DeleteFilesExcept(outputDir, keep: "bootstrap");
        return true;
    }

    private (int ExitCode, string Output) Publish(string outputDir)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { publishScript, outputDir, platform.RuntimeIdentifier })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"{publishScript} could not be started.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
    }

    private static void DeleteFilesExcept(string directory, string? keep)
    {
        foreach (var file in Directory.EnumerateFiles(directory).Where(f => Path.GetFileName(f) != keep))
        {
            File.Delete(file);
        }
    }
}
