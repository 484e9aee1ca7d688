using System.Diagnostics;
using OrderEvents.Local.Tests.Cli;

namespace OrderEvents.Local.Tests.EndToEnd;

/// <summary>The real entry point: the built <c>orderevents-local</c> run as a separate process.</summary>
public sealed class BuiltExecutableTests : IDisposable
{
    private readonly TempDirectory _outbox = new();

    public void Dispose() => _outbox.Dispose();

    [Fact]
    public async Task MainJob_RunAsAProcess_ExitsZero_AndWritesTheEmail()
    {
        var executable = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "orderevents-local.exe" : "orderevents-local");
        Assert.True(File.Exists(executable), $"the built command should be next to the tests: {executable}");
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = EndToEndFixture.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "put-events", "--entries", "file://events/order-placed.json", "--decline-rate", "0", "--seed", "1", "--outbox", _outbox.Path })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(string.Empty, await error);
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("status    SUCCEEDED", await output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", await output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_outbox.Path, "*.eml"));
    }
}
