using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary><c>States.UUID()</c>: a version 4 UUID drawn from the execution's random source.</summary>
internal sealed class UuidFunction(IReadOnlyList<IntrinsicArgument> arguments) : StatesFunction("States.UUID", arguments)
{
    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        Span<byte> bytes = stackalloc byte[16];
        scope.Environment.Random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return JsonValue.Create(new Guid(bytes, bigEndian: true).ToString("D"));
    }
}
