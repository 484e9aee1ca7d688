using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary><c>States.Array(values...)</c>: an array of the arguments, in order.</summary>
internal sealed class ArrayFunction(IReadOnlyList<IntrinsicArgument> arguments) : StatesFunction("States.Array", arguments)
{
    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        var array = new JsonArray();
        for (var i = 0; i < Arguments.Count; i++)
        {
            array.Add(Argument(i, scope)?.DeepClone());
        }

        return array;
    }
}
