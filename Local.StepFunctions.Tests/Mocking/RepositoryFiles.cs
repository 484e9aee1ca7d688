namespace OrderEvents.Local.StepFunctions.Tests.Mocking;

/// <summary>Finds files of the repository (the folder holding OrderEvents.sln) from the test output folder.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OrderEvents.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"OrderEvents.sln not found above {AppContext.BaseDirectory}.");
    }
}
