namespace OrderEvents.Handlers.Hosting;

/// <summary>Error type <c>Runtime.HandlerNotFound</c> (as Lambda's own runtimes name it): <c>_HANDLER</c> names no function of this executable.</summary>
public sealed class UnknownHandlerException(string? handler)
    : FunctionException(ErrorTypeName, Describe(handler))
{
    public const string ErrorTypeName = "Runtime.HandlerNotFound";

    private static string Describe(string? handler) =>
        (string.IsNullOrEmpty(handler) ? "_HANDLER is not set" : $"Unknown handler '{handler}'")
        + $"; expected one of: {string.Join(", ", FunctionNames.All)}.";
}
