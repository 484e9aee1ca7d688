namespace OrderEvents.Cdk;

/// <summary>
/// Where the stack finds its inputs in the repository: the workflow definition, the rule pattern and
/// the Handlers project that becomes the functions' <c>bootstrap</c>.
/// </summary>
public sealed record RepositoryLayout(string Root)
{
    public string WorkflowDefinitionFile => Path.Combine(Root, "workflow", "order-workflow.asl.json");

    public string RulePatternFile => Path.Combine(Root, "workflow", "order-placed.pattern.json");

    public string HandlersProjectFile => Path.Combine(Root, "Handlers", "Handlers.csproj");

    /// <summary>The one build path of the AOT <c>bootstrap</c>, shared with the local runtime's process mode.</summary>
    public string PublishBootstrapScript => Path.Combine(Root, "scripts", "publish-bootstrap.sh");

    /// <summary>Finds the repository root at or above <paramref name="start"/> (the folder holding workflow/).</summary>
    /// <exception cref="DirectoryNotFoundException">No such folder exists above <paramref name="start"/>.</exception>
    public static RepositoryLayout FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var layout = new RepositoryLayout(dir.FullName);
            if (File.Exists(layout.WorkflowDefinitionFile) && File.Exists(layout.HandlersProjectFile))
            {
                return layout;
            }
        }

        throw new DirectoryNotFoundException(
            $"No OrderEvents repository (workflow/order-workflow.asl.json and Handlers/Handlers.csproj) at or above '{start}'.");
    }
}
