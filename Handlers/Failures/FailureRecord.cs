namespace OrderEvents.Handlers.Failures;

/// <summary>The one record RecordFailure logs and returns for a failed execution; unknown parts are null.</summary>
/// <param name="Error">The state's error name, e.g. <c>InvalidOrder</c> or <c>PaymentDeclined</c>.</param>
/// <param name="Cause">The raw cause (for a function error, its JSON error payload as text).</param>
/// <param name="ErrorMessage">The function's <c>errorMessage</c> when the cause is a Lambda error payload.</param>
public sealed record FailureRecord(
    string? OrderId,
    string? FailedState,
    string? Error,
    string? Cause,
    string? ErrorMessage,
    string? ExecutionId);
