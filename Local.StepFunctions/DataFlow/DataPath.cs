using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.DataFlow;

/// <summary>
/// A path field of a state (InputPath, OutputPath, ItemsPath, Choice Variable, ...): a <c>$</c> path over the
/// data or a <c>$$</c> path over the context object.
/// </summary>
internal sealed class DataPath(JsonPath path)
{
    private readonly ContextParts _contextParts = path.IsContextPath ? ContextPartsScanner.Scan(path.Expression) : ContextParts.None;

    public JsonPath Path { get; } = path;

    public string Text => Path.Expression;

    /// <summary>True for plain <c>$</c>, which selects its input unchanged.</summary>
    public bool IsInputRoot => Path.IsRoot && !Path.IsContextPath;

    public static DataPath Parse(string text) => new(JsonPath.Parse(text));

    /// <exception cref="StatesRuntimeException">States.Runtime when a definite path selects nothing.</exception>
    public JsonNode? Select(JsonNode? input, in StateContext context)
    {
        if (IsInputRoot)
        {
            return input;
        }

        try
        {
            return Path.Select(Path.IsContextPath ? context.Build(_contextParts) : input);
        }
        catch (PathNotFoundException e)
        {
            throw new StatesRuntimeException(StatesError.Runtime, RuntimeCause(context.StateName, e.Message));
        }
    }

    public bool TrySelect(JsonNode? input, in StateContext context, out JsonNode? result)
    {
        if (IsInputRoot)
        {
            result = input;
            return true;
        }

        return Path.TrySelect(Path.IsContextPath ? context.Build(_contextParts) : input, out result);
    }

    /// <summary>The cause Step Functions gives for a failed data-flow step, naming the state.</summary>
    public static string RuntimeCause(string stateName, string detail) =>
        $"An error occurred while executing the state '{stateName}'. {detail}";
}
