using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Tests.Mocking;

namespace OrderEvents.Local.StepFunctions.Tests.Conformance;

/// <summary>
/// One case file under Conformance/&lt;feature&gt;/: <c>definition</c>, <c>input</c>, optional <c>lambdas</c>
/// (see StubLambdaInvoker), <c>mocks</c>, <c>options</c> and the <c>expected</c> outcome.
/// </summary>
internal sealed record ConformanceCase(string Name, JsonObject Json)
{
    public static readonly DateTimeOffset ClockStart = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string Folder { get; } = RepositoryFiles.PathOf("Local.StepFunctions.Tests", "Conformance");

    public JsonNode Definition => Json["definition"] ?? throw new InvalidDataException($"{Name}: 'definition' is missing");

    public JsonNode? Input => Json.ContainsKey("input") ? Json["input"] : new JsonObject();

    public JsonObject Expected => Json["expected"]?.AsObject() ?? throw new InvalidDataException($"{Name}: 'expected' is missing");

    public JsonObject Options => Json["options"]?.AsObject() ?? [];

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Folder, path).Replace('\\', '/')[..^".json".Length])
            .Order(StringComparer.Ordinal);

    public static ConformanceCase Load(string name) =>
        new(name, JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")))!.AsObject());
}
