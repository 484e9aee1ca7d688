using System.Text.Json;

namespace OrderEvents.Local.StepFunctions.Mocking;

/// <summary>Reads a whole mock config: <c>StateMachines</c> → name → <c>TestCases</c> → case → state → mocked response name.</summary>
internal static class MockConfigReader
{
    private const string Root = "$";

    public static Dictionary<string, Dictionary<string, MockTestCase>> Read(string json)
    {
        using var document = Parse(json);
        var members = MockConfigJson.Members(document.RootElement, Root, "an object with 'StateMachines' and 'MockedResponses'");
        MockConfigJson.OnlyKnownKeys(members, Root, "StateMachines", "MockedResponses");
        var responses = MockedResponseReader.ReadAll(
            MockConfigJson.Required(members, "MockedResponses", Root), MockConfigJson.Child(Root, "MockedResponses"));

        var machinesLocation = MockConfigJson.Child(Root, "StateMachines");
        var machines = new Dictionary<string, Dictionary<string, MockTestCase>>(StringComparer.Ordinal);
        var machineMembers = MockConfigJson.Members(
            MockConfigJson.Required(members, "StateMachines", Root), machinesLocation, "an object of state machines by name");
        foreach (var machine in machineMembers)
        {
            machines.Add(machine.Name, ReadTestCases(machine.Name, machine.Value, MockConfigJson.Child(machinesLocation, machine.Name), responses));
        }

        return machines;
    }

    private static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new MockConfigException($"The mock config is not valid JSON: {ex.Message}", ex);
        }
    }

    private static Dictionary<string, MockTestCase> ReadTestCases(
        string machineName, JsonElement element, string location, Dictionary<string, MockedResponseSchedule> responses)
    {
        var members = MockConfigJson.Members(element, location, "an object with a 'TestCases' key");
        MockConfigJson.OnlyKnownKeys(members, location, "TestCases");
        var casesLocation = MockConfigJson.Child(location, "TestCases");
        var testCases = new Dictionary<string, MockTestCase>(StringComparer.Ordinal);
        foreach (var testCase in MockConfigJson.Members(
            MockConfigJson.Required(members, "TestCases", location), casesLocation, "an object of test cases by name"))
        {
            var caseLocation = MockConfigJson.Child(casesLocation, testCase.Name);
            var byState = new Dictionary<string, MockedResponseSchedule>(StringComparer.Ordinal);
            foreach (var state in MockConfigJson.Members(testCase.Value, caseLocation, "an object mapping Task state names to mocked response names"))
            {
                byState.Add(state.Name, Resolve(state.Value, MockConfigJson.Child(caseLocation, state.Name), responses));
            }

            testCases.Add(testCase.Name, new MockTestCase(machineName, testCase.Name, byState));
        }

        return testCases;
    }

    private static MockedResponseSchedule Resolve(JsonElement reference, string location, Dictionary<string, MockedResponseSchedule> responses)
    {
        if (reference.ValueKind != JsonValueKind.String)
        {
            throw new MockConfigException($"{location}: expected the name of a mocked response, found {MockConfigJson.Describe(reference)}.");
        }

        var name = reference.GetString()!;
        return responses.TryGetValue(name, out var schedule)
            ? schedule
            : throw new MockConfigException(
                $"{location}: mocked response '{name}' is not defined in MockedResponses (defined: {MockConfig.List(responses.Keys)}).");
    }
}
