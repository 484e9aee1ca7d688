namespace OrderEvents.Handlers.Runtime;

/// <summary>The process environment variables, behind an interface so the bootstrap and loop are tested with fakes.</summary>
public interface IRuntimeEnvironment
{
    string? GetVariable(string name);

    /// <summary>Sets a variable; null removes it.</summary>
    void SetVariable(string name, string? value);
}
