using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Intrinsics;

namespace OrderEvents.Local.StepFunctions.DataFlow;

/// <summary>A field that takes a path or an intrinsic function call (e.g. a Fail state's ErrorPath).</summary>
internal sealed class ValueExpression
{
    private readonly DataPath? _path;
    private readonly IntrinsicFunction? _function;

    private ValueExpression(string text, DataPath? path, IntrinsicFunction? function)
    {
        Text = text;
        _path = path;
        _function = function;
    }

    public string Text { get; }

    public static ValueExpression Parse(string text) => IntrinsicFunction.LooksLikeCall(text)
        ? new ValueExpression(text, null, IntrinsicFunction.Parse(text))
        : new ValueExpression(text, DataPath.Parse(text), null);

    public JsonNode? Evaluate(JsonNode? input, in StateContext context) => _function is not null
        ? _function.Evaluate(input, context.Build(), context.Scope.Intrinsics)
        : _path!.Select(input, context);
}
