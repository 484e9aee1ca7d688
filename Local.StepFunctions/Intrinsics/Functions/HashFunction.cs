using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary>
/// <c>States.Hash(text, algorithm)</c>: the lowercase hex digest of the UTF-8 text (at most 10,000 characters)
/// with MD5, SHA-1, SHA-256, SHA-384 or SHA-512.
/// </summary>
internal sealed class HashFunction(IReadOnlyList<IntrinsicArgument> arguments) : StatesFunction("States.Hash", arguments)
{
    public const int MaxInputLength = 10_000;

    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        var text = StringArgument(0, scope);
        var algorithm = StringArgument(1, scope);
        if (text.Length > MaxInputLength)
        {
            throw Failure($"the input has {text.Length} characters, but at most {MaxInputLength} are allowed");
        }

        var data = Encoding.UTF8.GetBytes(text);
        // MD5 and SHA-1 are what the function offers for checksums, not for security.
#pragma warning disable CA5350, CA5351
        var digest = algorithm switch
        {
            "MD5" => MD5.HashData(data),
            "SHA-1" => SHA1.HashData(data),
            "SHA-256" => SHA256.HashData(data),
            "SHA-384" => SHA384.HashData(data),
            "SHA-512" => SHA512.HashData(data),
            _ => throw Failure($"the algorithm '{algorithm}' is not one of MD5, SHA-1, SHA-256, SHA-384, SHA-512"),
        };
#pragma warning restore CA5350, CA5351
        return JsonValue.Create(Convert.ToHexStringLower(digest));
    }
}
