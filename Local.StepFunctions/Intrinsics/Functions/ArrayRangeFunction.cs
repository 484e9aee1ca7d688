using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary>
/// <c>States.ArrayRange(first, last, step)</c>: first, first + step, ... up to and including last. Arguments are
/// rounded to integers; the result may hold at most 1000 items.
/// </summary>
internal sealed class ArrayRangeFunction(IReadOnlyList<IntrinsicArgument> arguments)
    : StatesFunction("States.ArrayRange", arguments)
{
    public const int MaxItems = 1000;

    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        var first = RoundedArgument(0, scope);
        var last = RoundedArgument(1, scope);
        var step = RoundedArgument(2, scope);
        if (step == 0)
        {
            throw Failure("the step must not be 0");
        }

        var wrongWay = (step > 0 && last < first) || (step < 0 && last > first);
        var count = wrongWay ? 0 : ((last - first) / step) + 1;
        if (count > MaxItems)
        {
            throw Failure($"the range would hold {count} items, but an array can hold at most {MaxItems}");
        }

        var array = new JsonArray();
        for (var i = 0L; i < count; i++)
        {
            array.Add((JsonNode)JsonValue.Create(first + (i * step)));
        }

        return array;
    }
}
