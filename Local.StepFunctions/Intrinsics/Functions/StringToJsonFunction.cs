using System.Text.Json;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary><c>States.StringToJson(text)</c>: the JSON value a string holds.</summary>
internal sealed class StringToJsonFunction(IReadOnlyList<IntrinsicArgument> arguments)
    : StatesFunction("States.StringToJson", arguments)
{
    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        var text = StringArgument(0, scope);
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            throw Failure($"the string is not valid JSON ({ex.Message})");
        }
    }
}
