using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Mocking;

/// <summary>What a mocked Task attempt yields instead of calling its resource.</summary>
public abstract record MockedTaskResponse
{
    private MockedTaskResponse()
    {
    }

    /// <summary>The whole service-integration result (before ResultSelector, ResultPath and OutputPath).</summary>
    public sealed record Return(JsonNode? Result) : MockedTaskResponse;

    /// <summary>The attempt fails with this error and cause.</summary>
    public sealed record Throw(string Error, string Cause) : MockedTaskResponse;
}
