using System.Text;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary>
/// <c>States.Format(template, args...)</c>: replaces each <c>{}</c> with the next argument. A template written in
/// the call is split into text and placeholders once, when parsing, and its placeholder count must match.
/// </summary>
internal sealed class FormatFunction : StatesFunction
{
    private readonly FormatTemplate? compiled;

    public FormatFunction(IReadOnlyList<IntrinsicArgument> arguments, PathCursor cursor)
        : base("States.Format", arguments)
    {
        switch (arguments[0])
        {
            case StringLiteralArgument literal:
                compiled = FormatTemplate.Compile(literal.RawText)
                    ?? throw cursor.FailWith("the States.Format template has a '{' or '}' that is neither '{}' nor escaped ('\\{', '\\}')");
                if (compiled.PlaceholderCount != arguments.Count - 1)
                {
                    throw cursor.FailWith(
                        $"the States.Format template has {compiled.PlaceholderCount} '{{}}' placeholder(s) but {arguments.Count - 1} value argument(s) follow it");
                }

                break;
            case LiteralArgument:
                throw cursor.FailWith("the first argument of States.Format must be a string");
        }
    }

    public override JsonNode? Invoke(in IntrinsicScope scope)
    {
        var template = compiled ?? FormatTemplate.FromValue(StringArgument(0, scope));
        if (template.PlaceholderCount != Arguments.Count - 1)
        {
            throw Failure($"the template has {template.PlaceholderCount} '{{}}' placeholder(s) but {Arguments.Count - 1} value argument(s) were given");
        }

        var builder = new StringBuilder(template.LiteralLength + (16 * template.PlaceholderCount));
        var parts = template.Parts;
        builder.Append(parts[0]);
        for (var i = 1; i < parts.Length; i++)
        {
            AppendValue(builder, Argument(i, scope));
            builder.Append(parts[i]);
        }

        return JsonValue.Create(builder.ToString());
    }

    /// <summary>Strings are inserted as they are; arrays and objects in Java's <c>[a, b]</c> / <c>{k=v}</c> form.</summary>
    private static void AppendValue(StringBuilder builder, JsonNode? value)
    {
        switch (value)
        {
            case JsonObject obj:
                builder.Append('{');
                var first = true;
                foreach (var property in obj)
                {
                    builder.Append(first ? string.Empty : ", ").Append(property.Key).Append('=');
                    AppendValue(builder, property.Value);
                    first = false;
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    AppendValue(builder, array[i]);
                }

                builder.Append(']');
                break;
            default:
                builder.Append(JsonScalar.TryGetString(value, out var text) ? text : JsonText.Compact(value));
                break;
        }
    }
}
