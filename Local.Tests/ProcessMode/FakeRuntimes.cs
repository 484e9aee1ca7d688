using OrderEvents.Local.ProcessMode;

namespace OrderEvents.Local.Tests.ProcessMode;

/// <summary>Small Python custom runtimes that stand in for function processes with a given behaviour.</summary>
internal static class FakeRuntimes
{
    public static FunctionProcessSpec Spec(string script, string functionName, TimeSpan timeout) => new(
        "python3",
        [Path.Combine(AppContext.BaseDirectory, "ProcessMode", "Runtimes", script)],
        functionName,
        timeout,
        new Dictionary<string, string>());
}
