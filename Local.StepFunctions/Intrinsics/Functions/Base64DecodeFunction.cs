using System.Text;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary><c>States.Base64Decode(base64)</c>: the UTF-8 text encoded by a Base64 string (at most 10,000 characters).</summary>
internal sealed class Base64DecodeFunction(IReadOnlyList<IntrinsicArgument> arguments)
    : StatesFunction("States.Base64Decode", arguments)
{
    public const int MaxInputLength = 10_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        var base64 = StringArgument(0, scope);
        if (base64.Length > MaxInputLength)
        {
            throw Failure($"the input has {base64.Length} characters, but at most {MaxInputLength} are allowed");
        }

        var bytes = new byte[(base64.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(base64, bytes, out var written))
        {
            throw Failure("the input is not valid Base64");
        }

        try
        {
            return JsonValue.Create(StrictUtf8.GetString(bytes, 0, written));
        }
        catch (DecoderFallbackException)
        {
            throw Failure("the decoded bytes are not UTF-8 text");
        }
    }
}
