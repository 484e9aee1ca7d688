namespace OrderEvents.Local.StepFunctions.Paths;

/// <summary>
/// A definite path selected nothing. The message reads as AWS reports it for InputPath and OutputPath:
/// <c>Invalid path '$.x' : No results for path: $['x']</c>.
/// </summary>
public sealed class PathNotFoundException : Exception
{
    public PathNotFoundException(string expression, string detail)
        : base($"Invalid path '{expression}' : {detail}")
    {
        Expression = expression;
        Detail = detail;
    }

    /// <summary>The path as written in the definition.</summary>
    public string Expression { get; }

    /// <summary>Which part was missing, e.g. <c>No results for path: $['x']</c>.</summary>
    public string Detail { get; }
}
