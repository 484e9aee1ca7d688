using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics;
using OrderEvents.Local.StepFunctions.Paths;
using OrderEvents.Local.StepFunctions.Payload.Nodes;

namespace OrderEvents.Local.StepFunctions.Payload;

/// <summary>
/// A compiled payload template (Parameters, ResultSelector, ItemSelector): fields named <c>"key.$"</c> take the
/// value of a path, a <c>$$</c> context path or an intrinsic call and are written as <c>"key"</c>; every other
/// value is copied as written, nested objects and arrays included. Parsed once; immutable and thread-safe.
/// </summary>
public sealed class PayloadTemplate
{
    private readonly TemplateNode root;

    private PayloadTemplate(TemplateNode root) => this.root = root;

    /// <param name="template">The template as written in the definition.</param>
    /// <param name="fieldName">The definition field holding it (e.g. <c>Parameters</c>), for error messages.</param>
    /// <exception cref="InvalidPathException">A <c>".$"</c> value that is not a valid path or intrinsic call, a
    /// <c>".$"</c> value that is not a string, or two keys that name the same output field.</exception>
    public static PayloadTemplate Parse(JsonNode template, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        return new PayloadTemplate(TemplateCompiler.Compile(template, fieldName));
    }

    /// <summary>Evaluates with the shared random source (<c>States.UUID</c>, <c>States.MathRandom</c>).</summary>
    /// <inheritdoc cref="Evaluate(JsonNode?, JsonNode?, IntrinsicEnvironment)"/>
    public JsonNode? Evaluate(JsonNode? input, JsonNode? context) => Evaluate(input, context, IntrinsicEnvironment.Shared);

    /// <summary>Builds a new document from the template; it shares no node with the input or context.</summary>
    /// <param name="input">What <c>$</c> paths select from.</param>
    /// <param name="context">The context object that <c>$$</c> paths select from.</param>
    /// <param name="environment">Randomness for intrinsic functions.</param>
    /// <exception cref="StatesRuntimeException"><c>States.Runtime</c> when a path selects nothing, naming the field
    /// and the input; <c>States.IntrinsicFailure</c> when an intrinsic function rejects its arguments.</exception>
    public JsonNode? Evaluate(JsonNode? input, JsonNode? context, IntrinsicEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return root.Evaluate(new TemplateScope(input, context, environment));
    }
}
