using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary><c>States.ArrayPartition(array, size)</c>: consecutive chunks of <c>size</c> items; the last may be shorter.</summary>
internal sealed class ArrayPartitionFunction(IReadOnlyList<IntrinsicArgument> arguments)
    : StatesFunction("States.ArrayPartition", arguments)
{
    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        var array = ArrayArgument(0, scope);
        var size = IntegerArgument(1, scope);
        if (size <= 0)
        {
            throw Failure($"the chunk size must be a positive integer, but it is {size}");
        }

        var chunks = new JsonArray();
        JsonArray? chunk = null;
        for (var i = 0; i < array.Count; i++)
        {
            if (i % size == 0)
            {
                chunk = [];
                chunks.Add((JsonNode)chunk);
            }

            chunk!.Add(array[i]?.DeepClone());
        }

        return chunks;
    }
}
