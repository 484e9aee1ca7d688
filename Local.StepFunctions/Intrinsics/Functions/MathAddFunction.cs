using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary>
/// <c>States.MathAdd(a, b)</c>: the integer sum; fractional arguments are first rounded to the nearest integer,
/// halves upwards.
/// </summary>
internal sealed class MathAddFunction(IReadOnlyList<IntrinsicArgument> arguments) : StatesFunction("States.MathAdd", arguments)
{
    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        var a = RoundedArgument(0, scope);
        var b = RoundedArgument(1, scope);
        try
        {
            return JsonValue.Create(checked(a + b));
        }
        catch (OverflowException)
        {
            throw Failure($"the sum of {a} and {b} is too large");
        }
    }
}
