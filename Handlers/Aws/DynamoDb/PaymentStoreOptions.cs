using System.Globalization;
using OrderEvents.Handlers.Hosting;

namespace OrderEvents.Handlers.Aws.DynamoDb;

/// <summary>Where and how long payment records are kept.</summary>
/// <param name="TableName">The table (<c>PAYMENTS_TABLE</c>): partition key <c>orderId</c> (S), TTL attribute <c>expiresAt</c>.</param>
public sealed record PaymentStoreOptions(string TableName)
{
    public const string TableVariable = "PAYMENTS_TABLE";
    public const string RetentionDaysVariable = "PAYMENT_RETENTION_DAYS";
    public const string ClaimLeaseSecondsVariable = "PAYMENT_CLAIM_LEASE_SECONDS";

    /// <summary>
    /// How long an unfinished claim blocks other invocations of the same order (default 5 minutes, the longest
    /// Express execution). Keep it above the ProcessPayment timeout: after it a crashed claim is taken over and
    /// the order is charged again, so the gateway must also deduplicate by orderId if a charge may outlive it.
    /// </summary>
    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a record guards its order (default 7 days): <c>expiresAt</c> is set to this much after the claim and
    /// again after the outcome; DynamoDB TTL deletes it later, and an expired record no longer counts.
    /// </summary>
    public TimeSpan RecordRetention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Reads <c>PAYMENTS_TABLE</c> (required), <c>PAYMENT_RETENTION_DAYS</c> and <c>PAYMENT_CLAIM_LEASE_SECONDS</c>.</summary>
    /// <exception cref="ConfigurationException">A variable is missing or not a positive number.</exception>
    public static PaymentStoreOptions FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var table = environment(TableVariable);
        if (string.IsNullOrWhiteSpace(table))
        {
            throw new ConfigurationException($"{TableVariable} is not set; it must name the DynamoDB payments table.");
        }

        var options = new PaymentStoreOptions(table.Trim());
        if (PositiveNumber(environment, RetentionDaysVariable) is { } days)
        {
            options = options with { RecordRetention = TimeSpan.FromDays(days) };
        }

        if (PositiveNumber(environment, ClaimLeaseSecondsVariable) is { } seconds)
        {
            options = options with { ClaimLease = TimeSpan.FromSeconds(seconds) };
        }

        return options;
    }

    private static double? PositiveNumber(Func<string, string?> environment, string variable)
    {
        var value = environment(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number) || number <= 0)
        {
            throw new ConfigurationException($"{variable} must be a positive number (got '{value}').");
        }

        return number;
    }
}
