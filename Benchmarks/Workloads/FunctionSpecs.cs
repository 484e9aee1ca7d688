using OrderEvents.Local.ProcessMode;

namespace OrderEvents.Benchmarks.Workloads;

/// <summary>How the process scenarios start a function: the AOT <c>bootstrap</c> itself, or <c>dotnet bootstrap.dll</c>.</summary>
internal static class FunctionSpecs
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, string> NoSettings = [];

    public static FunctionProcessSpec Aot(string bootstrap, string function, IReadOnlyDictionary<string, string>? settings = null) =>
        new(bootstrap, [], function, Timeout, settings ?? NoSettings);

    public static FunctionProcessSpec Jit(string assembly, string function) =>
        new("dotnet", [assembly], function, Timeout, NoSettings);
}
