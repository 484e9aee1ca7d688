using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary>
/// <c>States.JsonMerge(a, b, false)</c>: a shallow merge where fields of <c>b</c> replace those of <c>a</c>. Step
/// Functions only supports the shallow mode, so the third argument must be <c>false</c>.
/// </summary>
internal sealed class JsonMergeFunction(IReadOnlyList<IntrinsicArgument> arguments)
    : StatesFunction("States.JsonMerge", arguments)
{
    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        var first = ObjectArgument(0, scope);
        var second = ObjectArgument(1, scope);
        if (BooleanArgument(2, scope))
        {
            throw Failure("only shallow merging is supported; the third argument must be false");
        }

        var merged = (JsonObject)first.DeepClone();
        foreach (var property in second)
        {
            merged[property.Key] = property.Value?.DeepClone();
        }

        return merged;
    }
}
