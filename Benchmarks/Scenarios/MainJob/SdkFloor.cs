namespace OrderEvents.Benchmarks.Scenarios.MainJob;

/// <summary>
/// Freshly generated projects that show what <c>dotnet run</c> costs on this machine before any code of ours runs:
/// an empty console app, and the same app referencing two empty class libraries (the shape of <c>Local</c>, which
/// references <c>Local.StepFunctions</c> and <c>Handlers</c> and builds them in sequence). They use the repository's <c>global.json</c>, so the
/// same SDK.
/// </summary>
internal sealed class SdkFloor : IDisposable
{
    private SdkFloor(string root)
    {
        Root = root;
    }

    public string Root { get; }

    /// <summary><c>dotnet run</c> of the console app alone.</summary>
    public CommandRun ConsoleOnly => Run("alone");

    /// <summary><c>dotnet run</c> of the console app with two project references.</summary>
    public CommandRun ConsoleWithTwoLibraries => Run("app");

    /// <summary>Generates the projects with <c>dotnet new</c> and builds them once.</summary>
    public static async Task<SdkFloor> CreateAsync(string repositoryRoot, TimeProvider time, CancellationToken cancellationToken)
    {
        var root = Path.Combine(Path.GetTempPath(), $"orderevents-sdk-floor-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var floor = new SdkFloor(root);
        try
        {
            File.Copy(Path.Combine(repositoryRoot, "global.json"), Path.Combine(root, "global.json"));
            string[][] setup =
            [
                ["new", "console", "-o", "alone"],
                ["new", "console", "-o", "app"],
                ["new", "classlib", "-o", "lib1"],
                ["new", "classlib", "-o", "lib2"],
                ["add", "app", "reference", "lib1", "lib2"],
            ];
            foreach (var arguments in setup)
            {
                await new CommandRun("dotnet", arguments, root).RunAsync(time, cancellationToken);
            }

            // Like Local, the app builds its references in sequence rather than on a second MSBuild node.
            var app = Path.Combine(root, "app", "app.csproj");
            var project = await File.ReadAllTextAsync(app, cancellationToken);
            const string outputType = "<OutputType>Exe</OutputType>";
            if (!project.Contains(outputType, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"dotnet new console wrote no {outputType} in {app}");
            }

            await File.WriteAllTextAsync(app, project.Replace(outputType, outputType + "<BuildInParallel>false</BuildInParallel>", StringComparison.Ordinal), cancellationToken);
            foreach (var built in new[] { "alone", "app" })
            {
                await new CommandRun("dotnet", ["build", built], root).RunAsync(time, cancellationToken);
            }

            return floor;
        }
        catch
        {
            floor.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private CommandRun Run(string project) => new("dotnet", ["run", "--project", project], Root);
}
