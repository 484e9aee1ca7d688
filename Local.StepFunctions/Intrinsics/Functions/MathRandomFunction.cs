using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary>
/// <c>States.MathRandom(start, end[, seed])</c>: a random integer from start (inclusive) to end (exclusive).
/// Fractional arguments are rounded as MathAdd rounds them. Without a seed it draws from the execution's
/// random source, so a seeded execution repeats.
/// </summary>
internal sealed class MathRandomFunction(IReadOnlyList<IntrinsicArgument> arguments)
    : StatesFunction("States.MathRandom", arguments)
{
    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        var start = RoundedArgument(0, scope);
        var end = RoundedArgument(1, scope);
        if (start >= end)
        {
            throw Failure($"the start ({start}) must be less than the end ({end})");
        }

        var random = Arguments.Count == 3 ? new Random(unchecked((int)RoundedArgument(2, scope))) : scope.Environment.Random;
        return JsonValue.Create(random.NextInt64(start, end));
    }
}
