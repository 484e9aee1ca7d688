namespace OrderEvents.Local.OrderFlow;

/// <summary>
/// The files the CDK stack deploys and the local runtime runs: the state machine definition and the rule
/// pattern under <c>workflow/</c>. Found from the working directory upwards, then from the executable's
/// folder upwards, so both <c>dotnet run</c> and the built binary work from anywhere in the repository.
/// </summary>
public sealed record RepositoryFiles(string Root)
{
    public const string WorkflowDefinition = "workflow/order-workflow.asl.json";

    public const string RulePattern = "workflow/order-placed.pattern.json";

    public string DefinitionPath => Path.Combine(Root, WorkflowDefinition);

    public string PatternPath => Path.Combine(Root, RulePattern);

    /// <exception cref="FileNotFoundException">Neither search found the workflow folder (the message says where it looked).</exception>
    /// <param name="fallback">Searched second; the executable's folder by default.</param>
    public static RepositoryFiles Locate(string workingDirectory, string? fallback = null)
    {
        fallback ??= AppContext.BaseDirectory;
        var root = SearchUpwards(workingDirectory) ?? SearchUpwards(fallback);
        return root is not null
            ? new RepositoryFiles(root)
            : throw new FileNotFoundException(
                $"cannot find {WorkflowDefinition} in {workingDirectory} or {fallback} or any of their parents; run from the OrderEvents repository");
    }

    private static string? SearchUpwards(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, WorkflowDefinition))
                && File.Exists(Path.Combine(directory.FullName, RulePattern)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
