using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderEvents.Cdk.Tests.Lint;

/// <summary>One cfn-lint finding.</summary>
public sealed record LintFinding(string Rule, string Level, string Path, string Message);

/// <summary>A justified, expected warning (Cdk.Tests/Lint/cfn-lint-allowlist.json).</summary>
public sealed record AllowedWarning(string Rule, string PathContains, string MessageContains, string Reason)
{
    public bool Covers(LintFinding finding) =>
        finding.Rule == Rule
        && finding.Path.Contains(PathContains, StringComparison.Ordinal)
        && finding.Message.Contains(MessageContains, StringComparison.Ordinal);
}

/// <summary>Runs the cfn-lint command on a template; the test fails loudly when cfn-lint is not installed.</summary>
public static class CfnLint
{
    public static IReadOnlyList<LintFinding> Run(string templatePath)
    {
        var start = new ProcessStartInfo("cfn-lint")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--format", "json", "--", templatePath })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            Assert.Fail("cfn-lint not found; install it with `pip install cfn-lint`");
            throw;
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var errors = stderr.GetAwaiter().GetResult();
            var findings = JsonNode.Parse(stdout) as JsonArray
                ?? throw new InvalidDataException($"cfn-lint exit {process.ExitCode} printed no JSON findings: {stdout}{errors}");
            return [.. findings.Select(f => new LintFinding(
                (string)f!["Rule"]!["Id"]!,
                (string)f["Level"]!,
                string.Join('/', f["Location"]!["Path"]!.AsArray().Select(p => p!.ToString())),
                (string)f["Message"]!))];
        }
    }

    public static IReadOnlyList<AllowedWarning> Allowlist(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, "Cdk.Tests", "Lint", "cfn-lint-allowlist.json");
        return JsonSerializer.Deserialize<AllowedWarning[]>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
