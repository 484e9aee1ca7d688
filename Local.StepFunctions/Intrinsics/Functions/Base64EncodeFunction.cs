using System.Text;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary><c>States.Base64Encode(text)</c>: the Base64 of the UTF-8 text (at most 10,000 characters).</summary>
internal sealed class Base64EncodeFunction(IReadOnlyList<IntrinsicArgument> arguments)
    : StatesFunction("States.Base64Encode", arguments)
{
    public const int MaxInputLength = 10_000;

    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        var text = StringArgument(0, scope);
        if (text.Length > MaxInputLength)
        {
            throw Failure($"the input has {text.Length} characters, but at most {MaxInputLength} are allowed");
        }

        return JsonValue.Create(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)));
    }
}
