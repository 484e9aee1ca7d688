using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Tests.Stubs;
using OrderEvents.Local.StepFunctions.Time;

namespace OrderEvents.Local.StepFunctions.Tests.Conformance;

/// <summary>Runs every case file under Conformance/ on a virtual clock and checks its expected outcome.</summary>
public sealed class ConformanceTests
{
    public static TheoryData<string> Cases => new(ConformanceCase.Names());

    [Fact]
    public void CaseFolder_HoldsCasesForEveryFeature()
    {
        var features = ConformanceCase.Names().Select(name => name.Split('/')[0]).ToHashSet(StringComparer.Ordinal);
        string[] required = ["choice", "dataflow", "fail", "limits", "map", "parallel", "pass", "retry-catch", "succeed", "task", "validation", "wait"];
        Assert.Empty(required.Except(features));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case_BehavesAsExpected(string name)
    {
        var testCase = ConformanceCase.Load(name);
        var expected = testCase.Expected;
        var definition = testCase.Definition.ToJsonString();

        if (expected["invalidDefinition"] is { } message)
        {
            var error = Assert.Throws<InvalidDefinitionException>(() => StateMachine.Parse(definition));
            Assert.Contains(message.GetValue<string>(), error.Message, StringComparison.Ordinal);
            return;
        }

        var machine = StateMachine.Parse(definition);
        var clock = new VirtualTimeProvider(ConformanceCase.ClockStart);
        var lambdas = new StubLambdaInvoker(testCase.Json["lambdas"]?.AsObject(), clock);
        var topics = new StubTopicPublisher();
        var settings = testCase.Options;
        var options = new ExecutionOptions
        {
            Lambda = lambdas,
            Topics = topics,
            Time = clock,
            Random = new Random(settings["seed"]?.GetValue<int>() ?? 1),
            ExecutionName = settings["executionName"]?.GetValue<string>() ?? "conformance",
            StateMachineName = settings["stateMachineName"]?.GetValue<string>() ?? "Conformance",
            MaxDuration = TimeSpan.FromSeconds(settings["maxDurationSeconds"]?.GetValue<double>() ?? 300),
            Mocks = testCase.Json["mocks"] is JsonObject mocks ? new StubMockSession(mocks) : null,
        };

        var result = await machine.ExecuteAsync(testCase.Input?.DeepClone(), options);

        var outcome = $"{result.Status} error={result.Error} cause={result.Cause} output={result.Output?.ToJsonString()}";
        Assert.True(StatusName(result.Status) == expected["status"]?.GetValue<string>(), $"status: {outcome}");
        if (expected.ContainsKey("output"))
        {
            Assert.Null(JsonExpectation.FindMismatch(expected["output"], result.Output));
        }

        if (expected["error"] is { } expectedError)
        {
            Assert.Equal(expectedError.GetValue<string>(), result.Error);
        }

        if (expected.ContainsKey("cause"))
        {
            Assert.Equal(expected["cause"]?.GetValue<string>(), result.Cause);
        }

        if (expected["causeContains"] is { } causePart)
        {
            Assert.Contains(causePart.GetValue<string>(), result.Cause ?? string.Empty, StringComparison.Ordinal);
        }

        CaseChecks.Side(expected, result, lambdas, topics);
    }

    private static string StatusName(ExecutionStatus status) => status switch
    {
        ExecutionStatus.Succeeded => "SUCCEEDED",
        ExecutionStatus.Failed => "FAILED",
        ExecutionStatus.TimedOut => "TIMED_OUT",
        _ => "ABORTED",
    };
}
