using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary>
/// <c>States.StringSplit(text, delimiters)</c>: the pieces of the text between any of the delimiter characters,
/// without empty pieces.
/// </summary>
internal sealed class StringSplitFunction(IReadOnlyList<IntrinsicArgument> arguments)
    : StatesFunction("States.StringSplit", arguments)
{
    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        var text = StringArgument(0, scope);
        var delimiters = StringArgument(1, scope);
        var pieces = delimiters.Length == 0
            ? (text.Length == 0 ? [] : [text])
            : text.Split(delimiters.ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        var array = new JsonArray();
        foreach (var piece in pieces)
        {
            array.Add((JsonNode)JsonValue.Create(piece));
        }

        return array;
    }
}
