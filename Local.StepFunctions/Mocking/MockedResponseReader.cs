using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Mocking;

/// <summary>Reads the <c>MockedResponses</c> section: name → invocation key → <c>Return</c> or <c>Throw</c>.</summary>
internal static class MockedResponseReader
{
    public static Dictionary<string, MockedResponseSchedule> ReadAll(JsonElement section, string location)
    {
        var schedules = new Dictionary<string, MockedResponseSchedule>(StringComparer.Ordinal);
        foreach (var named in MockConfigJson.Members(section, location, "an object of mocked responses by name"))
        {
            var scheduleLocation = MockConfigJson.Child(location, named.Name);
            var entries = MockConfigJson.Members(named.Value, scheduleLocation, "an object of responses by invocation number, e.g. {\"0\": {\"Return\": ...}}")
                .Select(entry =>
                {
                    var entryLocation = MockConfigJson.Child(scheduleLocation, entry.Name);
                    return (InvocationRange.Parse(entry.Name, entryLocation), ReadResponse(entry.Value, entryLocation));
                });
            schedules.Add(named.Name, new MockedResponseSchedule(named.Name, entries, scheduleLocation));
        }

        return schedules;
    }

    private static MockedTaskResponse ReadResponse(JsonElement element, string location)
    {
        var members = MockConfigJson.Members(element, location, "an object with a 'Return' or a 'Throw' key");
        MockConfigJson.OnlyKnownKeys(members, location, "Return", "Throw");
        var returned = MockConfigJson.Find(members, "Return");
        var thrown = MockConfigJson.Find(members, "Throw");
        return (returned, thrown) switch
        {
            ({ } result, null) => new MockedTaskResponse.Return(JsonNode.Parse(result.GetRawText())),
            (null, { } error) => ReadThrow(error, MockConfigJson.Child(location, "Throw")),
            (null, null) => throw new MockConfigException($"{location}: expected a 'Return' or a 'Throw' key, found neither."),
            _ => throw new MockConfigException($"{location}: has both 'Return' and 'Throw'; a response either returns or throws."),
        };
    }

    private static MockedTaskResponse.Throw ReadThrow(JsonElement element, string location)
    {
        var members = MockConfigJson.Members(element, location, "an object with 'Error' and 'Cause' strings");
        MockConfigJson.OnlyKnownKeys(members, location, "Error", "Cause");
        var error = MockConfigJson.RequiredString(members, "Error", location);
        if (error.Length == 0)
        {
            throw new MockConfigException($"{MockConfigJson.Child(location, "Error")}: expected an error name, found an empty string.");
        }

        return new MockedTaskResponse.Throw(error, MockConfigJson.RequiredString(members, "Cause", location));
    }
}
