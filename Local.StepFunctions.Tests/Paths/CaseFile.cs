using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Tests.Paths;

/// <summary>
/// Conformance cases kept as JSON files next to the tests: <c>{"documents": {...}, "cases": [{"name": ...}]}</c>.
/// A case may name a shared document with <c>"document"</c> instead of writing its <c>"input"</c>.
/// </summary>
internal static class CaseFile
{
    public static TheoryData<string> Names(string relativePath)
    {
        var names = new TheoryData<string>();
        foreach (var testCase in Load(relativePath).Cases)
        {
            names.Add(testCase["name"]!.GetValue<string>());
        }

        return names;
    }

    public static JsonObject Case(string relativePath, string name) =>
        Load(relativePath).Cases.Single(c => c["name"]!.GetValue<string>() == name);

    /// <summary>The case's input: its <c>"input"</c>, or the shared document its <c>"document"</c> names.</summary>
    public static JsonNode? Input(string relativePath, JsonObject testCase)
    {
        if (testCase.TryGetPropertyValue("document", out var documentName))
        {
            return Load(relativePath).Documents[documentName!.GetValue<string>()]?.DeepClone();
        }

        return testCase["input"]?.DeepClone();
    }

    private static (JsonObject Documents, IReadOnlyList<JsonObject> Cases) Load(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));
        var root = JsonNode.Parse(text)!.AsObject();
        var documents = root["documents"]?.AsObject() ?? [];
        var cases = root["cases"]!.AsArray().Select(c => c!.AsObject()).ToList();
        return (documents, cases);
    }
}
