namespace OrderEvents.Local.StepFunctions.Mocking;

/// <summary>One test case of a state machine: which mocked response each mocked Task state uses.</summary>
internal sealed record MockTestCase(
    string StateMachineName,
    string Name,
    IReadOnlyDictionary<string, MockedResponseSchedule> ResponsesByState);
