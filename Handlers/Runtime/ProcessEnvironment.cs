namespace OrderEvents.Handlers.Runtime;

/// <summary>The real process environment.</summary>
public sealed class ProcessEnvironment : IRuntimeEnvironment
{
    public string? GetVariable(string name) => Environment.GetEnvironmentVariable(name);

    public void SetVariable(string name, string? value) => Environment.SetEnvironmentVariable(name, value);
}
