using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary><c>States.ArrayGetItem(array, index)</c>: a copy of the element at a zero-based index.</summary>
internal sealed class ArrayGetItemFunction(IReadOnlyList<IntrinsicArgument> arguments)
    : StatesFunction("States.ArrayGetItem", arguments)
{
    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        var array = ArrayArgument(0, scope);
        var index = IntegerArgument(1, scope);
        if (index < 0 || index >= array.Count)
        {
            throw Failure($"the index {index} is outside the array of {array.Count} item(s)");
        }

        return array[index]?.DeepClone();
    }
}
