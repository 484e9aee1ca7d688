using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary><c>States.ArrayLength(array)</c>: the number of elements.</summary>
internal sealed class ArrayLengthFunction(IReadOnlyList<IntrinsicArgument> arguments)
    : StatesFunction("States.ArrayLength", arguments)
{
    public override JsonNode? Invoke(in IntrinsicScope scope) => JsonValue.Create(ArrayArgument(0, scope).Count);
}
