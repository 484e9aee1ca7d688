using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Tests.Mocking;

namespace OrderEvents.Local.StepFunctions.Tests.Differential;

/// <summary>
/// Runs every case in moto's ASL interpreter once per test run (run_moto.py, one python3 process) and hands out
/// the outcomes. A missing python3 or moto fails every differential test with an install hint; nothing is skipped.
/// </summary>
public sealed class MotoOracle : IAsyncLifetime
{
    private const int MotoMissingExitCode = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private Dictionary<string, ExecutionOutcome> outcomes = [];

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryFiles.PathOf("Local.StepFunctions.Tests", "Differential", "run_moto.py"));
        start.ArgumentList.Add(DifferentialCase.Folder);

        using var process = StartPython(start);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var deadline = new CancellationTokenSource(Timeout))
        {
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"run_moto.py did not finish within {Timeout.TotalSeconds} s.");
            }
        }

        if (process.ExitCode == MotoMissingExitCode)
        {
            throw new InvalidOperationException($"moto is not installed: pip install 'moto[server]'\n{await stderr}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"run_moto.py failed with exit code {process.ExitCode}:\n{await stderr}");
        }

        var results = JsonNode.Parse(await stdout)?.AsObject()
            ?? throw new InvalidOperationException("run_moto.py printed no results.");
        outcomes = results.ToDictionary(result => result.Key, result => ExecutionOutcome.FromJson(result.Value!), StringComparer.Ordinal);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    internal ExecutionOutcome OutcomeOf(string caseName) =>
        outcomes.TryGetValue(caseName, out var outcome)
            ? outcome
            : throw new InvalidOperationException($"moto returned no result for case '{caseName}'.");

    private static Process StartPython(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started.");
        }
        catch (Win32Exception missing)
        {
            throw new InvalidOperationException(
                $"python3 was not found ({missing.Message}); install Python 3, then: pip install 'moto[server]'", missing);
        }
    }
}
