using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary><c>States.ArrayContains(array, value)</c>: whether an element equals the value (deep JSON equality).</summary>
internal sealed class ArrayContainsFunction(IReadOnlyList<IntrinsicArgument> arguments)
    : StatesFunction("States.ArrayContains", arguments)
{
    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        var array = ArrayArgument(0, scope);
        var value = Argument(1, scope);
        foreach (var element in array)
        {
            if (JsonEquality.AreEqual(element, value))
            {
                return JsonValue.Create(true);
            }
        }

        return JsonValue.Create(false);
    }
}
