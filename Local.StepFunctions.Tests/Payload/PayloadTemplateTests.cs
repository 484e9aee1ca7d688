using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics;
using OrderEvents.Local.StepFunctions.Paths;
using OrderEvents.Local.StepFunctions.Payload;
using OrderEvents.Local.StepFunctions.Tests.Paths;

namespace OrderEvents.Local.StepFunctions.Tests.Payload;

public sealed class PayloadTemplateTests
{
    private const string CasesFile = "Payload/payload-template.cases.json";
    private const string InvalidFile = "Payload/invalid-template.cases.json";

    public static TheoryData<string> Cases => CaseFile.Names(CasesFile);

    public static TheoryData<string> InvalidCases => CaseFile.Names(InvalidFile);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_BuildsWhatTheCaseExpects(string name)
    {
        var testCase = CaseFile.Case(CasesFile, name);
        var template = PayloadTemplate.Parse(testCase["template"]!, "Parameters");
        var input = CaseFile.Input(CasesFile, testCase);
        var context = Context();

        if (testCase.TryGetPropertyValue("error", out var errorName))
        {
            var error = Assert.Throws<StatesRuntimeException>(() => template.Evaluate(input, context));
            Assert.Equal(errorName!.GetValue<string>(), error.Error);
            Assert.Equal(testCase["cause"]!.GetValue<string>(), error.Cause);
            return;
        }

        var output = template.Evaluate(input, context);

        Assert.True(JsonNode.DeepEquals(testCase["expected"], output),
            $"expected {testCase["expected"]?.ToJsonString()} but got {output?.ToJsonString() ?? "null"}");
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Parse_RejectsInvalidTemplateNamingTheField(string name)
    {
        var testCase = CaseFile.Case(InvalidFile, name);

        var error = Assert.Throws<InvalidPathException>(() => PayloadTemplate.Parse(testCase["template"]!, "Parameters"));

        Assert.Equal(testCase["message"]!.GetValue<string>(), error.Message);
    }

    [Fact]
    public void Evaluate_OutputSharesNoNodeWithInputOrTemplate()
    {
        var source = JsonNode.Parse("""{"static":{"k":[1]},"copy.$":"$.data"}""")!;
        var template = PayloadTemplate.Parse(source, "Parameters");
        var input = JsonNode.Parse("""{"data":{"v":1}}""");

        var first = template.Evaluate(input, null)!;
        first["static"]!["k"]!.AsArray().Add(2);
        first["copy"]!["v"] = 2;
        var second = template.Evaluate(input, null)!;

        Assert.Equal("""{"data":{"v":1}}""", input!.ToJsonString());
        Assert.Equal("""{"static":{"k":[1]},"copy":{"v":1}}""", second.ToJsonString());
        Assert.Equal("""{"static":{"k":[1]},"copy.$":"$.data"}""", source.ToJsonString());
    }

    [Fact]
    public void Evaluate_WithSeededEnvironment_RepeatsIntrinsicRandomness()
    {
        var template = PayloadTemplate.Parse(JsonNode.Parse("""{"id.$":"States.UUID()","n.$":"States.MathRandom(1, 1000)"}""")!, "Parameters");

        var first = template.Evaluate(null, null, new IntrinsicEnvironment(new Random(7)));
        var second = template.Evaluate(null, null, new IntrinsicEnvironment(new Random(7)));

        Assert.True(JsonNode.DeepEquals(first, second));
    }

    [Fact]
    public void Evaluate_SameTemplateOnManyThreads_GivesEveryThreadItsOwnAnswer()
    {
        var template = PayloadTemplate.Parse(JsonNode.Parse("""{"m.$":"States.Format('n={}', $.n)","n.$":"$.n"}""")!, "Parameters");

        var outputs = Enumerable.Range(0, 64).AsParallel()
            .Select(i => (i, output: template.Evaluate(JsonNode.Parse($$"""{"n":{{i}}}"""), null)!))
            .ToList();

        Assert.All(outputs, o => Assert.Equal($$"""{"m":"n={{o.i}}","n":{{o.i}}}""", o.output.ToJsonString()));
    }

    private static JsonNode? Context()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, CasesFile));
        return JsonNode.Parse(text)!["context"]!.DeepClone();
    }
}
