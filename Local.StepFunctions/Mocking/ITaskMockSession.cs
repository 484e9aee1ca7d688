namespace OrderEvents.Local.StepFunctions.Mocking;

/// <summary>
/// Mocked service-integration responses for one execution. The engine asks once per Task attempt,
/// retries included; the session counts invocations per state.
/// </summary>
public interface ITaskMockSession
{
    /// <returns><see langword="false"/> when the state is not mocked and the real resource runs.</returns>
    bool TryGetResponse(string stateName, out MockedTaskResponse response);
}
