using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary>
/// A compiled <c>States.*</c> call. Arity is checked when parsing; argument types are checked when invoked,
/// and a wrong one fails with <c>States.IntrinsicFailure</c>. Results are always new nodes without a parent.
/// </summary>
internal abstract class StatesFunction(string name, IReadOnlyList<IntrinsicArgument> arguments)
{
    public string Name { get; } = name;

    protected IReadOnlyList<IntrinsicArgument> Arguments { get; } = arguments;

    public abstract JsonNode? Invoke(in IntrinsicScope scope);

    protected JsonNode? Argument(int index, in IntrinsicScope scope) => Arguments[index].Evaluate(scope);

    protected string StringArgument(int index, in IntrinsicScope scope)
    {
        var value = Argument(index, scope);
        return JsonScalar.TryGetString(value, out var text) ? text : throw WrongType(index, "a string", value);
    }

    protected JsonArray ArrayArgument(int index, in IntrinsicScope scope)
    {
        var value = Argument(index, scope);
        return value as JsonArray ?? throw WrongType(index, "an array", value);
    }

    protected JsonObject ObjectArgument(int index, in IntrinsicScope scope)
    {
        var value = Argument(index, scope);
        return value as JsonObject ?? throw WrongType(index, "a JSON object", value);
    }

    protected bool BooleanArgument(int index, in IntrinsicScope scope)
    {
        var value = Argument(index, scope);
        return JsonScalar.TryGetBoolean(value, out var flag) ? flag : throw WrongType(index, "a boolean", value);
    }

    protected double NumberArgument(int index, in IntrinsicScope scope)
    {
        var value = Argument(index, scope);
        return JsonScalar.TryGetDouble(value, out var number) ? number : throw WrongType(index, "a number", value);
    }

    /// <summary>An integer argument; a fractional value is an error.</summary>
    protected int IntegerArgument(int index, in IntrinsicScope scope)
    {
        var value = Argument(index, scope);
        if (JsonScalar.TryGetDouble(value, out var number) && number == Math.Floor(number)
            && number is >= int.MinValue and <= int.MaxValue)
        {
            return (int)number;
        }

        throw WrongType(index, "an integer", value);
    }

    /// <summary>
    /// A number rounded to the nearest integer with halves rounded up, as Java's <c>Math.round</c> does (AWS records
    /// <c>MathAdd(-1.49, -1.5)</c> as -2).
    /// </summary>
    protected long RoundedArgument(int index, in IntrinsicScope scope)
    {
        var number = NumberArgument(index, scope);
        var rounded = Math.Floor(number + 0.5);
        return rounded is >= long.MinValue and <= long.MaxValue
            ? (long)rounded
            : throw Failure($"argument {index + 1} ({number}) is too large");
    }

    protected StatesRuntimeException Failure(string reason) => new(StatesError.IntrinsicFailure, $"{Name}: {reason}");

    private StatesRuntimeException WrongType(int index, string expected, JsonNode? actual) =>
        Failure($"argument {index + 1} must be {expected}, but it is {Describe(actual)}");

    private static string Describe(JsonNode? value)
    {
        var json = JsonText.Compact(value);
        return $"{JsonScalar.TypeName(value)} {(json.Length > 100 ? json[..100] + "..." : json)}";
    }
}
