using OrderEvents.Local.StepFunctions.Mocking;

namespace OrderEvents.Local.StepFunctions.Tests.Mocking;

public sealed class MockConfigValidationTests
{
    private const string Machines = """
        "StateMachines": {"M": {"TestCases": {"T": {"Charge": "R"}}}}
        """;

    public static TheoryData<string, string> MalformedConfigs => new()
    {
        { "[]", "$: expected an object with 'StateMachines' and 'MockedResponses', found an array." },
        { """{"StateMachines": {}, "MockedResponse": {}}""", "$: unknown key 'MockedResponse'; expected 'StateMachines' or 'MockedResponses'." },
        { """{"StateMachines": {}}""", "$: missing required key 'MockedResponses'." },
        { """{"MockedResponses": {}}""", "$: missing required key 'StateMachines'." },
        { """{"StateMachines": [], "MockedResponses": {}}""", "$.StateMachines: expected an object of state machines by name, found an array." },
        { """{"StateMachines": {"M": {}}, "MockedResponses": {}}""", "$.StateMachines.M: missing required key 'TestCases'." },
        { """{"StateMachines": {"M": {"TestCases": {}, "Cases": {}}}, "MockedResponses": {}}""", "$.StateMachines.M: unknown key 'Cases'; expected 'TestCases'." },
        { """{"StateMachines": {"M": {"TestCases": {"T": {}, "T": {}}}}, "MockedResponses": {}}""", "$.StateMachines.M.TestCases: key 'T' appears more than once." },
        { """{"StateMachines": {"M": {"TestCases": {"T": ["Charge"]}}}, "MockedResponses": {}}""", "$.StateMachines.M.TestCases.T: expected an object mapping Task state names to mocked response names, found an array." },
        { """{"StateMachines": {"M": {"TestCases": {"T": {"Charge": 1}}}}, "MockedResponses": {}}""", "$.StateMachines.M.TestCases.T.Charge: expected the name of a mocked response, found the number 1." },
        { Responses("""{"Other": {"0": {"Return": 1}}}"""), "$.StateMachines.M.TestCases.T.Charge: mocked response 'R' is not defined in MockedResponses (defined: 'Other')." },
        { Responses("""{"R": {}}"""), "$.MockedResponses.R: expected at least one invocation key such as \"0\", found an empty object." },
        { Responses("""{"R": {"first": {"Return": 1}}}"""), "$.MockedResponses.R.first: invocation key 'first' is not a number or an inclusive range; expected e.g. \"0\" or \"1-2\"." },
        { Responses("""{"R": {"01": {"Return": 1}}}"""), "$.MockedResponses.R['01']: invocation key '01' is not a number or an inclusive range; expected e.g. \"0\" or \"1-2\"." },
        { Responses("""{"R": {"-1": {"Return": 1}}}"""), "$.MockedResponses.R['-1']: invocation key '-1' is not a number or an inclusive range; expected e.g. \"0\" or \"1-2\"." },
        { Responses("""{"R": {"0-1-2": {"Return": 1}}}"""), "$.MockedResponses.R['0-1-2']: invocation key '0-1-2' is not a number or an inclusive range; expected e.g. \"0\" or \"1-2\"." },
        { Responses("""{"R": {"99999999999": {"Return": 1}}}"""), "$.MockedResponses.R['99999999999']: invocation key '99999999999' is not a number or an inclusive range; expected e.g. \"0\" or \"1-2\"." },
        { Responses("""{"R": {"2-1": {"Return": 1}}}"""), "$.MockedResponses.R['2-1']: invocation range '2-1' ends before it starts; write the lower number first, e.g. '1-2'." },
        { Responses("""{"R": {"1": {"Return": 1}}}"""), "$.MockedResponses.R: no response for invocation 0; invocation keys must cover every invocation from 0 without gaps." },
        { Responses("""{"R": {"0": {"Return": 1}, "3-4": {"Return": 2}}}"""), "$.MockedResponses.R: no response for invocation 1-2; invocation keys must cover every invocation from 0 without gaps." },
        { Responses("""{"R": {"0-2": {"Return": 1}, "2": {"Return": 2}}}"""), "$.MockedResponses.R: invocation keys '0-2' and '2' overlap; each invocation must be defined once." },
        { Responses("""{"R": {"0": {"Return": 1}, "0": {"Return": 2}}}"""), "$.MockedResponses.R: key '0' appears more than once." },
        { Responses("""{"R": {"0": "ok"}}"""), "$.MockedResponses.R['0']: expected an object with a 'Return' or a 'Throw' key, found the string \"ok\"." },
        { Responses("""{"R": {"0": {}}}"""), "$.MockedResponses.R['0']: expected a 'Return' or a 'Throw' key, found neither." },
        { Responses("""{"R": {"0": {"Returns": 1}}}"""), "$.MockedResponses.R['0']: unknown key 'Returns'; expected 'Return' or 'Throw'." },
        { Responses("""{"R": {"0": {"Return": 1, "Throw": {"Error": "E", "Cause": "C"}}}}"""), "$.MockedResponses.R['0']: has both 'Return' and 'Throw'; a response either returns or throws." },
        { Responses("""{"R": {"0": {"Throw": "Boom"}}}"""), "$.MockedResponses.R['0'].Throw: expected an object with 'Error' and 'Cause' strings, found the string \"Boom\"." },
        { Responses("""{"R": {"0": {"Throw": {"Error": "E"}}}}"""), "$.MockedResponses.R['0'].Throw: missing required key 'Cause'." },
        { Responses("""{"R": {"0": {"Throw": {"Error": 5, "Cause": "C"}}}}"""), "$.MockedResponses.R['0'].Throw.Error: expected a string, found the number 5." },
        { Responses("""{"R": {"0": {"Throw": {"Error": "", "Cause": "C"}}}}"""), "$.MockedResponses.R['0'].Throw.Error: expected an error name, found an empty string." },
        { Responses("""{"R": {"0": {"Throw": {"Error": "E", "Cause": "C", "Retry": true}}}}"""), "$.MockedResponses.R['0'].Throw: unknown key 'Retry'; expected 'Error' or 'Cause'." },
    };

    [Theory]
    [MemberData(nameof(MalformedConfigs))]
    public void Parse_MalformedConfig_NamesTheKeyAndWhatWasExpected(string json, string expectedMessage)
    {
        var error = Assert.Throws<MockConfigException>(() => MockConfig.Parse(json));

        Assert.Equal(expectedMessage, error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("""{"StateMachines": {},}""")]
    public void Parse_TextThatIsNotJson_SaysSoWithThePosition(string json)
    {
        var error = Assert.Throws<MockConfigException>(() => MockConfig.Parse(json));

        Assert.StartsWith("The mock config is not valid JSON: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnreferencedMockedResponse_IsStillValidated()
    {
        var json = """{"StateMachines": {}, "MockedResponses": {"Unused": {"0": {"Throw": {"Error": "E"}}}}}""";

        var error = Assert.Throws<MockConfigException>(() => MockConfig.Parse(json));

        Assert.Equal("$.MockedResponses.Unused['0'].Throw: missing required key 'Cause'.", error.Message);
    }

    [Fact]
    public void Parse_NamesWithPunctuation_AreQuotedInLocations()
    {
        var json = """{"StateMachines": {"order-workflow": {"TestCases": {"Happy path": {"Charge": "Nope"}}}}, "MockedResponses": {}}""";

        var error = Assert.Throws<MockConfigException>(() => MockConfig.Parse(json));

        Assert.Equal(
            "$.StateMachines['order-workflow'].TestCases['Happy path'].Charge: mocked response 'Nope' is not defined in MockedResponses (defined: none).",
            error.Message);
    }

    // A config whose test case maps state 'Charge' to mocked response 'R', around the given MockedResponses.
    private static string Responses(string mockedResponses) => $"{{{Machines}, \"MockedResponses\": {mockedResponses}}}";
}
