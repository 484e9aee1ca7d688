using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Mocking;

namespace OrderEvents.Local.StepFunctions.Tests.Stubs;

/// <summary>
/// Mocked responses per state, one per attempt (the last repeats): <c>{"Return": json}</c> or
/// <c>{"Throw": {"Error": e, "Cause": c}}</c>. Counts the attempts it answered.
/// </summary>
internal sealed class StubMockSession(JsonObject script) : ITaskMockSession
{
    private readonly Dictionary<string, int> _attempts = new(StringComparer.Ordinal);

    public int AttemptsOf(string state) => _attempts.TryGetValue(state, out var count) ? count : 0;

    public bool TryGetResponse(string stateName, out MockedTaskResponse response)
    {
        response = null!;
        if (script[stateName] is not JsonArray responses || responses.Count == 0)
        {
            return false;
        }

        lock (_attempts)
        {
            var attempt = _attempts[stateName] = AttemptsOf(stateName) + 1;
            var entry = responses[Math.Min(attempt, responses.Count) - 1]!.AsObject();
            response = entry["Throw"] is JsonObject thrown
                ? new MockedTaskResponse.Throw(thrown["Error"]!.GetValue<string>(), thrown["Cause"]?.GetValue<string>() ?? string.Empty)
                : new MockedTaskResponse.Return(entry["Return"]);
            return true;
        }
    }
}
