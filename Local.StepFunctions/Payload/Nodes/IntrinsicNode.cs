using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Payload.Nodes;

/// <summary><c>"key.$": "States.Fn(...)"</c>: the function's result.</summary>
internal sealed class IntrinsicNode(string key, IntrinsicFunction function) : TemplateNode
{
    public override JsonNode? Evaluate(in TemplateScope scope)
    {
        try
        {
            return function.EvaluateCore(scope.Input, scope.Context, scope.Environment);
        }
        catch (PathNotFoundException ex)
        {
            var source = ex.Expression.StartsWith("$$", StringComparison.Ordinal) ? scope.Context : scope.Input;
            throw PathNode.MissingPath(ex.Expression, key, source);
        }
    }
}
