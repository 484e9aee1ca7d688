using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary><c>States.JsonToString(value)</c>: the compact JSON text of a value.</summary>
internal sealed class JsonToStringFunction(IReadOnlyList<IntrinsicArgument> arguments)
    : StatesFunction("States.JsonToString", arguments)
{
    public override JsonNode? Invoke(in IntrinsicScope scope) =>
        JsonValue.Create(JsonText.Compact(Argument(0, scope)));
}
