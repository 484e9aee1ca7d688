namespace OrderEvents.Handlers.Hosting;

/// <summary>The values of <c>_HANDLER</c>, one per Lambda function (and per Task state of the workflow).</summary>
public static class FunctionNames
{
    public const string ValidateOrder = "ValidateOrder";

    public const string ProcessPayment = "ProcessPayment";

    public const string NotifyCustomer = "NotifyCustomer";

    public const string RecordFailure = "RecordFailure";

    public static IReadOnlyList<string> All { get; } = [ValidateOrder, ProcessPayment, NotifyCustomer, RecordFailure];
}
