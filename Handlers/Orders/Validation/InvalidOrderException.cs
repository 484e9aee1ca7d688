using OrderEvents.Handlers.Hosting;

namespace OrderEvents.Handlers.Orders.Validation;

/// <summary>Error type <c>InvalidOrder</c>: every problem found in the event, reported at once.</summary>
public sealed class InvalidOrderException(IReadOnlyList<string> problems)
    : FunctionException(ErrorTypeName, Describe(problems))
{
    public const string ErrorTypeName = "InvalidOrder";

    public IReadOnlyList<string> Problems { get; } = problems;

    private static string Describe(IReadOnlyList<string> problems) => problems.Count == 1
        ? $"The order is invalid: {problems[0]}."
        : $"The order is invalid ({problems.Count} problems): {string.Join("; ", problems)}.";
}
