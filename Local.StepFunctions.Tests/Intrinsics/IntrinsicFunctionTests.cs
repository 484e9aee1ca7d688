using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Intrinsics;
using OrderEvents.Local.StepFunctions.Paths;
using OrderEvents.Local.StepFunctions.Tests.Paths;

namespace OrderEvents.Local.StepFunctions.Tests.Intrinsics;

public sealed class IntrinsicFunctionTests
{
    private const string CasesFile = "Intrinsics/intrinsic.cases.json";
    private const string InvalidFile = "Intrinsics/invalid-intrinsic.cases.json";

    private static readonly IntrinsicEnvironment Seeded = new(new Random(1));

    public static TheoryData<string> Cases => CaseFile.Names(CasesFile);

    public static TheoryData<string> InvalidCases => CaseFile.Names(InvalidFile);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_ReturnsWhatTheCaseExpects(string name)
    {
        var testCase = CaseFile.Case(CasesFile, name);
        var function = IntrinsicFunction.Parse(testCase["expression"]!.GetValue<string>());
        var input = CaseFile.Input(CasesFile, testCase);
        var context = testCase["context"]?.DeepClone();

        if (testCase.TryGetPropertyValue("error", out var errorName))
        {
            var error = Assert.Throws<StatesRuntimeException>(() => function.Evaluate(input, context, Seeded));
            Assert.Equal(errorName!.GetValue<string>(), error.Error);
            if (testCase.TryGetPropertyValue("causeStartsWith", out var prefix))
            {
                Assert.StartsWith(prefix!.GetValue<string>(), error.Cause, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(testCase["cause"]!.GetValue<string>(), error.Cause);
            }

            return;
        }

        var result = function.Evaluate(input, context, Seeded);

        Assert.True(JsonNode.DeepEquals(testCase["expected"], result),
            $"expected {testCase["expected"]?.ToJsonString() ?? "null"} but got {result?.ToJsonString() ?? "null"}");
        Assert.Null(result?.Parent);
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Parse_RejectsInvalidCallWithPreciseReason(string name)
    {
        var testCase = CaseFile.Case(InvalidFile, name);
        var text = testCase["expression"]!.GetValue<string>();

        var error = Assert.Throws<InvalidPathException>(() => IntrinsicFunction.Parse(text));

        Assert.Equal(testCase["reason"]!.GetValue<string>(), error.Reason);
        Assert.Equal(text, error.Expression);
    }

    [Fact]
    public void Uuid_IsAVersion4UuidAndRepeatsForTheSameSeed()
    {
        var function = IntrinsicFunction.Parse("States.UUID()");

        var first = function.Evaluate(null, null, new IntrinsicEnvironment(new Random(42)))!.GetValue<string>();
        var again = function.Evaluate(null, null, new IntrinsicEnvironment(new Random(42)))!.GetValue<string>();
        var other = function.Evaluate(null, null, new IntrinsicEnvironment(new Random(43)))!.GetValue<string>();

        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", first);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void MathRandom_StaysWithinStartInclusiveAndEndExclusive()
    {
        var function = IntrinsicFunction.Parse("States.MathRandom($.start, $.end)");
        var input = JsonNode.Parse("""{"start":1,"end":4}""");
        var environment = new IntrinsicEnvironment(new Random(3));

        var values = Enumerable.Range(0, 300).Select(_ => function.Evaluate(input, null, environment)!.GetValue<long>()).ToHashSet();

        Assert.Equal(new HashSet<long> { 1, 2, 3 }, values);
    }

    [Fact]
    public void MathRandom_WithSeedArgument_IsTheSameWhateverTheEnvironment()
    {
        var function = IntrinsicFunction.Parse("States.MathRandom(0, 1000000, 7)");

        var first = function.Evaluate(null, null, new IntrinsicEnvironment(new Random(1)))!.GetValue<long>();
        var second = function.Evaluate(null, null, new IntrinsicEnvironment(new Random(2)))!.GetValue<long>();

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("States.Base64Encode($.s)")]
    [InlineData("States.Base64Decode($.s)")]
    [InlineData("States.Hash($.s, 'MD5')")]
    public void InputOver10000Characters_FailsWithIntrinsicFailure(string expression)
    {
        var function = IntrinsicFunction.Parse(expression);
        var input = new JsonObject { ["s"] = new string('A', 10_001) };

        var error = Assert.Throws<StatesRuntimeException>(() => function.Evaluate(input, null, Seeded));

        Assert.Equal("States.IntrinsicFailure", error.Error);
        Assert.EndsWith("the input has 10001 characters, but at most 10000 are allowed", error.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void InputOf10000Characters_IsAccepted()
    {
        var input = new JsonObject { ["s"] = new string('A', 10_000) };

        var encoded = IntrinsicFunction.Parse("States.Base64Encode($.s)").Evaluate(input, null, Seeded)!.GetValue<string>();

        Assert.Equal(13_336, encoded.Length);
    }

    [Fact]
    public void LooksLikeCall_DistinguishesCallsFromPaths()
    {
        Assert.True(IntrinsicFunction.LooksLikeCall("States.Format('x')"));
        Assert.False(IntrinsicFunction.LooksLikeCall("$.States"));
    }

    [Fact]
    public void Evaluate_ResultOfGetItem_IsACopyThatLeavesTheInputUntouched()
    {
        var input = JsonNode.Parse("""{"a":[{"k":1}]}""");

        var item = IntrinsicFunction.Parse("States.ArrayGetItem($.a, 0)").Evaluate(input, null, Seeded)!;
        item["k"] = 2;

        Assert.Equal("""{"a":[{"k":1}]}""", input!.ToJsonString());
    }
}
