namespace OrderEvents.Local.StepFunctions.Mocking;

/// <summary>
/// A mocked-service-integration config in the Step Functions Local format: <c>StateMachines</c> → name →
/// <c>TestCases</c> → case → {state name: mocked response name}, and <c>MockedResponses</c> → name →
/// {invocation key ("0", "1-2"): {"Return": result} or {"Throw": {"Error", "Cause"}}}. The whole file is
/// validated when read; a <c>Return</c> is the whole service-integration result (for lambda:invoke
/// <c>{"StatusCode": 200, "Payload": ...}</c>). Immutable and safe to share.
/// </summary>
public sealed class MockConfig
{
    private readonly Dictionary<string, Dictionary<string, MockTestCase>> stateMachines;

    private MockConfig(Dictionary<string, Dictionary<string, MockTestCase>> stateMachines) => this.stateMachines = stateMachines;

    /// <summary>The state machines the config defines test cases for, in file order.</summary>
    public IReadOnlyCollection<string> StateMachineNames => stateMachines.Keys;

    /// <exception cref="MockConfigException">The text is not a valid mock config; the message names the key.</exception>
    public static MockConfig Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new MockConfig(MockConfigReader.Read(json));
    }

    /// <exception cref="MockConfigException">The file cannot be read or is not a valid mock config.</exception>
    public static MockConfig Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new MockConfigException($"Cannot read mock config file '{path}': {ex.Message}", ex);
        }

        try
        {
            return Parse(json);
        }
        catch (MockConfigException ex)
        {
            throw new MockConfigException($"Mock config file '{path}': {ex.Message}", ex);
        }
    }

    /// <summary>The test cases defined for a state machine, in file order.</summary>
    /// <exception cref="MockConfigException">The state machine is not in the config; the message lists those that are.</exception>
    public IReadOnlyCollection<string> TestCaseNames(string stateMachineName) => TestCasesOf(stateMachineName).Keys;

    /// <summary>Starts the mocked responses of one execution; invocation counts start at 0 for every state.</summary>
    /// <exception cref="MockConfigException">The state machine or test case is not in the config; the message lists the known ones.</exception>
    public ITaskMockSession CreateSession(string stateMachineName, string testCaseName)
    {
        ArgumentNullException.ThrowIfNull(testCaseName);
        var testCases = TestCasesOf(stateMachineName);
        return testCases.TryGetValue(testCaseName, out var testCase)
            ? new MockSession(testCase)
            : throw new MockConfigException(
                $"Mock config has no test case '{testCaseName}' for state machine '{stateMachineName}' (test cases: {List(testCases.Keys)}).");
    }

    internal static string List(IEnumerable<string> names)
    {
        var quoted = names.Select(name => $"'{name}'").ToArray();
        return quoted.Length == 0 ? "none" : string.Join(", ", quoted);
    }

    private Dictionary<string, MockTestCase> TestCasesOf(string stateMachineName)
    {
        ArgumentNullException.ThrowIfNull(stateMachineName);
        return stateMachines.TryGetValue(stateMachineName, out var testCases)
            ? testCases
            : throw new MockConfigException(
                $"Mock config has no state machine '{stateMachineName}' (state machines: {List(stateMachines.Keys)}).");
    }
}
