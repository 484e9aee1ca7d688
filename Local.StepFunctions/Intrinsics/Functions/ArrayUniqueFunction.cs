using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary><c>States.ArrayUnique(array)</c>: the elements without repeats, first occurrences in order.</summary>
internal sealed class ArrayUniqueFunction(IReadOnlyList<IntrinsicArgument> arguments)
    : StatesFunction("States.ArrayUnique", arguments)
{
    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        var array = ArrayArgument(0, scope);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new JsonArray();
        foreach (var element in array)
        {
            if (seen.Add(JsonEquality.CanonicalKey(element)))
            {
                unique.Add(element?.DeepClone());
            }
        }

        return unique;
    }
}
