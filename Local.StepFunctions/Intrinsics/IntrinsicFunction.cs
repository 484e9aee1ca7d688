using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Functions;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Intrinsics;

/// <summary>
/// A compiled intrinsic function call such as <c>States.Format('Order {}', $.orderId)</c>. Parsed once (name,
/// argument count, paths, literals and a literal Format template are all checked then); immutable and safe to
/// share across threads.
/// </summary>
public sealed class IntrinsicFunction
{
    private readonly StatesFunction function;

    private IntrinsicFunction(string expression, StatesFunction function)
    {
        Expression = expression;
        this.function = function;
    }

    /// <summary>The call as written.</summary>
    public string Expression { get; }

    /// <summary>The function's name, e.g. <c>States.Format</c>.</summary>
    public string Name => function.Name;

    /// <summary>Whether a template value such as <c>"x.$": "..."</c> is written as an intrinsic call rather than a path.</summary>
    public static bool LooksLikeCall(string value) => value.AsSpan().TrimStart().StartsWith("States.", StringComparison.Ordinal);

    /// <exception cref="InvalidPathException">Unknown function, wrong argument count, bad literal or path, nesting deeper than 10.</exception>
    public static IntrinsicFunction Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new IntrinsicFunction(expression, IntrinsicParser.Parse(expression));
    }

    /// <summary>Evaluates the call; the result is a new node that belongs to no document.</summary>
    /// <exception cref="StatesRuntimeException"><c>States.IntrinsicFailure</c> for a bad argument value;
    /// <c>States.Runtime</c> when a path argument selects nothing.</exception>
    public JsonNode? Evaluate(JsonNode? input, JsonNode? context, IntrinsicEnvironment environment)
    {
        try
        {
            return EvaluateCore(input, context, environment);
        }
        catch (PathNotFoundException ex)
        {
            throw new StatesRuntimeException(StatesError.Runtime,
                $"The JSONPath '{ex.Expression}' in the intrinsic function '{Expression}' could not be found in the input '{JsonText.Compact(input)}'");
        }
    }

    /// <summary>Evaluates the call, letting a path argument's <see cref="PathNotFoundException"/> through.</summary>
    internal JsonNode? EvaluateCore(JsonNode? input, JsonNode? context, IntrinsicEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return function.Invoke(new IntrinsicScope(input, context, environment));
    }

    public override string ToString() => Expression;
}
