using System.Text.Json;

namespace OrderEvents.Local.Tests.EventBridge;

/// <summary>Locates the conformance case files and repository files the tests read.</summary>
internal static class TestFiles
{
    public static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "EventBridge", "Cases");

    public static JsonElement ReadCases(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(CasesDirectory, fileName)));
        return document.RootElement.Clone();
    }

    /// <summary>A file of the repository, e.g. <c>workflow/order-placed.pattern.json</c>.</summary>
    public static string RepositoryFile(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relativePath} was not found above {AppContext.BaseDirectory}.");
    }
}
