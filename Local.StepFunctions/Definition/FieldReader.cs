using System.Text.Json;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Definition;

/// <summary>
/// Reads typed fields from one JSON object of the definition (a state, retrier, catcher or choice rule);
/// every error it raises names the location and the field.
/// </summary>
internal sealed class FieldReader(JsonObject json, string location)
{
    public JsonObject Json { get; } = json;

    /// <summary>Where the object sits, e.g. <c>State 'Charge'</c> or <c>State 'Charge' Retry[1]</c>.</summary>
    public string Location { get; } = location;

    public InvalidDefinitionException Error(string message) => new($"{Location}: {message}");

    public InvalidDefinitionException Error(string message, Exception inner) => new($"{Location}: {message}", inner);

    public bool Has(string field) => Json.ContainsKey(field);

    public JsonNode? Raw(string field) => Json[field];

    /// <summary>Rejects any field the state type does not define, as CreateStateMachine does.</summary>
    public void RejectUnknownFields(IReadOnlySet<string> allowed, string what)
    {
        foreach (var (name, _) in Json)
        {
            if (!allowed.Contains(name))
            {
                throw Error($"field '{name}' is not supported in {what}");
            }
        }
    }

    public string? OptionalString(string field)
    {
        if (!Json.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        return JsonScalar.TryGetString(node, out var value) ? value : throw Error($"field '{field}' must be a string");
    }

    public string RequiredString(string field) =>
        OptionalString(field) ?? throw Error($"field '{field}' is required");

    public int? OptionalInteger(string field, int minimum, int maximum = int.MaxValue)
    {
        if (!Json.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        if (!JsonScalar.TryGetDouble(node, out var value) || value != Math.Floor(value) || value < minimum || value > maximum)
        {
            var range = maximum == int.MaxValue ? $"at least {minimum}" : $"from {minimum} to {maximum}";
            throw Error($"field '{field}' must be an integer {range}");
        }

        return (int)value;
    }

    public double? OptionalNumber(string field, double minimum)
    {
        if (!Json.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        if (!JsonScalar.TryGetDouble(node, out var value) || value < minimum)
        {
            throw Error($"field '{field}' must be a number of at least {minimum}");
        }

        return value;
    }

    public bool? OptionalBoolean(string field)
    {
        if (!Json.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        return JsonScalar.TryGetBoolean(node, out var value) ? value : throw Error($"field '{field}' must be true or false");
    }

    public JsonObject? OptionalObject(string field)
    {
        if (!Json.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        return node as JsonObject ?? throw Error($"field '{field}' must be an object");
    }

    public JsonArray? OptionalArray(string field)
    {
        if (!Json.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        return node as JsonArray ?? throw Error($"field '{field}' must be an array");
    }

    public JsonArray RequiredNonEmptyArray(string field)
    {
        var array = OptionalArray(field) ?? throw Error($"field '{field}' is required");
        return array.Count > 0 ? array : throw Error($"field '{field}' must not be empty");
    }

    /// <summary>A string array field such as ErrorEquals.</summary>
    public string[] RequiredStrings(string field)
    {
        var array = RequiredNonEmptyArray(field);
        var values = new string[array.Count];
        for (var i = 0; i < array.Count; i++)
        {
            values[i] = JsonScalar.TryGetString(array[i], out var value)
                ? value
                : throw Error($"field '{field}' must contain only strings");
        }

        return values;
    }

    public bool IsJsonNull(string field) =>
        Json.TryGetPropertyValue(field, out var node) && (node is null || node.GetValueKind() == JsonValueKind.Null);

    /// <summary>Runs a parse step and re-raises path and template errors with this location and field.</summary>
    public T ParseExpression<T>(string field, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (InvalidPathException e)
        {
            throw Error($"field '{field}': {e.Message}", e);
        }
        catch (InvalidDefinitionException e) when (!e.Message.StartsWith(Location, StringComparison.Ordinal))
        {
            throw Error($"field '{field}': {e.Message}", e);
        }
    }
}
