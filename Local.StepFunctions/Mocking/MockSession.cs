namespace OrderEvents.Local.StepFunctions.Mocking;

/// <summary>
/// The mocked responses of one execution of a test case. Invocations are counted per state across the whole
/// execution (retries, loops and Map iterations included); counting is lock-free, so Parallel branches and
/// Map iterations may ask concurrently.
/// </summary>
internal sealed class MockSession : ITaskMockSession
{
    private readonly MockTestCase testCase;
    private readonly Dictionary<string, InvocationCounter> counters;

    public MockSession(MockTestCase testCase)
    {
        this.testCase = testCase;
        counters = testCase.ResponsesByState.Keys.ToDictionary(state => state, _ => new InvocationCounter(), StringComparer.Ordinal);
    }

    public bool TryGetResponse(string stateName, out MockedTaskResponse response)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        if (!testCase.ResponsesByState.TryGetValue(stateName, out var schedule))
        {
            // Not mocked in this test case: the real resource runs, as in Step Functions Local.
            response = null!;
            return false;
        }

        var invocation = counters[stateName].Next();
        response = schedule.ResponseFor(invocation) ?? MissingResponse(stateName, schedule, invocation);
        return true;
    }

    /// <summary>How many times the state has asked for a response in this session.</summary>
    public int InvocationsOf(string stateName) => counters.TryGetValue(stateName, out var counter) ? counter.Count : 0;

    // Step Functions Local fails the execution when a mocked Task runs past its defined invocations.
    // States.Runtime is the error States.ALL cannot catch, so the execution fails instead of taking a Catch path.
    private MockedTaskResponse MissingResponse(string stateName, MockedResponseSchedule schedule, int invocation) =>
        new MockedTaskResponse.Throw(
            StatesError.Runtime,
            $"Mock test case '{testCase.Name}' of state machine '{testCase.StateMachineName}': state '{stateName}' was invoked "
            + $"{invocation + 1L} times, but mocked response '{schedule.Name}' defines only {schedule.DefinedInvocations} invocation(s).");

    private sealed class InvocationCounter
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        /// <returns>The zero-based number of this invocation.</returns>
        public int Next() => Interlocked.Increment(ref count) - 1;
    }
}
