using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.Assertions;
using Constructs;
using OrderEvents.Cdk;
using OrderEvents.Cdk.Configuration;

namespace OrderEvents.Cdk.Tests.Fixtures;

/// <summary>
/// Synthesizes the stack once per test class (jsii start-up and synthesis take seconds) with the
/// context from cdk.json, as <c>cdk synth</c> would, plus the given overrides. Asset bundling is skipped.
/// </summary>
public abstract class StackFixture : IDisposable
{
    private readonly string outputDirectory = Directory.CreateTempSubdirectory("orderevents-cdk-").FullName;

    protected StackFixture(IReadOnlyDictionary<string, object> contextOverrides)
    {
        // Keeps the jsii runtime's Node.js version banner out of test output.
        System.Environment.SetEnvironmentVariable("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1");

        Layout = RepositoryLayout.FindFrom(AppContext.BaseDirectory);
        var context = CdkJsonContext(Layout);
        foreach (var (key, value) in contextOverrides)
        {
            context[key] = value;
        }

        context["aws:cdk:bundling-stacks"] = Array.Empty<string>();
        var app = new App(new AppProps { Context = context, Outdir = outputDirectory });
        Settings = StackSettingsReader.Read(key => app.Node.TryGetContext(key));
        Stack = new OrderEventsStack(app, "OrderEventsStack", new OrderEventsStackProps { Settings = Settings, Layout = Layout });
        var assembly = app.Synth();
        Template = Template.FromStack(Stack);
        TemplatePath = Path.Combine(assembly.Directory, Stack.TemplateFile);
        Json = JsonNode.Parse(File.ReadAllText(TemplatePath))!.AsObject();
    }

    public RepositoryLayout Layout { get; }

    public StackSettings Settings { get; }

    public OrderEventsStack Stack { get; }

    public Template Template { get; }

    /// <summary>The synthesized CloudFormation template file.</summary>
    public string TemplatePath { get; }

    public JsonObject Json { get; }

    public JsonObject Resources => Json["Resources"]!.AsObject();

    public IEnumerable<(string LogicalId, JsonObject Resource)> ResourcesOfType(string type) =>
        Resources.Where(r => (string?)r.Value!["Type"] == type).Select(r => (r.Key, r.Value!.AsObject()));

    public JsonObject Resource(string logicalId) => Resources[logicalId]!.AsObject();

    public JsonObject Properties(string logicalId) => Resource(logicalId)["Properties"]!.AsObject();

    /// <summary>The logical id of a construct's CloudFormation resource (its default child, or itself).</summary>
    public string LogicalId(IConstruct construct)
    {
        var element = construct as CfnElement ?? (CfnElement)construct.Node.DefaultChild!;
        return Stack.Resolve(element.LogicalId).ToString()!;
    }

    public void Dispose()
    {
        Directory.Delete(outputDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }

    private static Dictionary<string, object> CdkJsonContext(RepositoryLayout layout)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(layout.Root, "cdk.json")));
        return document.RootElement.GetProperty("context").EnumerateObject()
            .ToDictionary(p => p.Name, p => Plain(p.Value));
    }

    private static object Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(Plain).ToArray(),
        _ => throw new InvalidDataException($"cdk.json context value {value} is not supported by the tests."),
    };
}
