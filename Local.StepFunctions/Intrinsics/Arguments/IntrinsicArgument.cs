using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Functions;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Arguments;

/// <summary>
/// One argument of an intrinsic call. The value it yields may belong to the input or be shared between
/// evaluations: functions copy it before placing it in a result.
/// </summary>
internal abstract class IntrinsicArgument
{
    public abstract JsonNode? Evaluate(in IntrinsicScope scope);
}

/// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c> written in the call.</summary>
internal sealed class LiteralArgument(JsonNode? value) : IntrinsicArgument
{
    public JsonNode? Value { get; } = value;

    public override JsonNode? Evaluate(in IntrinsicScope scope) => Value;
}

/// <summary>A quoted string written in the call; <see cref="RawText"/> keeps its escapes for States.Format.</summary>
internal sealed class StringLiteralArgument(string value, string rawText) : IntrinsicArgument
{
    private readonly JsonValue node = JsonValue.Create(value);

    public string Value { get; } = value;

    public string RawText { get; } = rawText;

    public override JsonNode? Evaluate(in IntrinsicScope scope) => node;
}

/// <summary>A <c>$</c> or <c>$$</c> path; a definite path that selects nothing fails the evaluation.</summary>
internal sealed class PathArgument(JsonPath path) : IntrinsicArgument
{
    public override JsonNode? Evaluate(in IntrinsicScope scope) =>
        path.Select(path.IsContextPath ? scope.Context : scope.Input);
}

/// <summary>A nested <c>States.*</c> call.</summary>
internal sealed class CallArgument(StatesFunction function) : IntrinsicArgument
{
    public override JsonNode? Evaluate(in IntrinsicScope scope) => function.Invoke(scope);
}
