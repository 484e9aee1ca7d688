using System.Text.Json.Nodes;

namespace OrderEvents.Cdk.Tests.Fixtures;

/// <summary>
/// Resolves CloudFormation values to comparable strings without deploying: <c>Ref X</c> becomes
/// <c>{X}</c>, <c>Fn::GetAtt [X, Arn]</c> becomes <c>{X.Arn}</c>, and <c>Fn::Join</c> concatenates.
/// </summary>
public static class Symbolic
{
    public static string Resolve(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        JsonObject o when o["Ref"] is { } reference => $"{{{(string)reference!}}}",
        JsonObject o when o["Fn::GetAtt"] is JsonArray attribute => $"{{{(string)attribute[0]!}.{(string)attribute[1]!}}}",
        JsonObject o when o["Fn::Join"] is JsonArray join =>
            string.Join((string)join[0]!, join[1]!.AsArray().Select(Resolve)),
        _ => throw new InvalidDataException($"Cannot resolve {value?.ToJsonString()} symbolically."),
    };

    public static string Ref(string logicalId) => $"{{{logicalId}}}";

    public static string Arn(string logicalId) => $"{{{logicalId}.Arn}}";

    /// <summary>A statement's Action or Resource, which may be one value or a list.</summary>
    public static IReadOnlyList<JsonNode?> Many(JsonNode? value) =>
        value is JsonArray array ? [.. array] : [value];
}
