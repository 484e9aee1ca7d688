using System.Globalization;

namespace OrderEvents.Handlers.Hosting;

/// <summary>The functions' settings; in Lambda they come from environment variables of the same names.</summary>
/// <param name="TopicArn"><c>TOPIC_ARN</c>: the SNS topic NotifyCustomer publishes to.</param>
/// <param name="PaymentDeclineRate"><c>PAYMENT_DECLINE_RATE</c>: probability in [0, 1] that the simulated gateway declines (default 0.5).</param>
/// <param name="PaymentsTable"><c>PAYMENTS_TABLE</c>: the DynamoDB table of payment records; in-memory when absent.</param>
public sealed record FunctionSettings(string? TopicArn = null, double PaymentDeclineRate = FunctionSettings.DefaultDeclineRate, string? PaymentsTable = null)
{
    public const double DefaultDeclineRate = 0.5;

    public const string TopicArnVariable = "TOPIC_ARN";

    public const string DeclineRateVariable = "PAYMENT_DECLINE_RATE";

    public const string PaymentsTableVariable = "PAYMENTS_TABLE";

    /// <summary>Seeds the process's random source (the simulated gateway's declines) for reproducible local runs.</summary>
    public const string SimulationSeedVariable = "PAYMENT_SIMULATION_SEED";

    public static FunctionSettings Default { get; } = new();

    /// <summary>Builds settings from raw values (blank means unset).</summary>
    /// <exception cref="ConfigurationException">The decline rate is not a number in [0, 1].</exception>
    public static FunctionSettings FromValues(string? topicArn, string? declineRate, string? paymentsTable) => new(
        Blank(topicArn) ? null : topicArn!.Trim(),
        ParseDeclineRate(declineRate),
        Blank(paymentsTable) ? null : paymentsTable!.Trim());

    /// <exception cref="ConfigurationException">Not a number in [0, 1].</exception>
    public static double ParseDeclineRate(string? value)
    {
        if (Blank(value))
        {
            return DefaultDeclineRate;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate)
            || double.IsNaN(rate) || rate < 0 || rate > 1)
        {
            throw new ConfigurationException(
                $"{DeclineRateVariable} must be a number between 0 and 1, such as 0.5 (got '{value}').");
        }

        return rate;
    }

    /// <returns>The seed, or <see langword="null"/> when unset (then every process draws its own values).</returns>
    /// <exception cref="ConfigurationException">Not a whole number in the 32-bit range.</exception>
    public static int? ParseSimulationSeed(string? value)
    {
        if (Blank(value))
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var seed))
        {
            throw new ConfigurationException(
                $"{SimulationSeedVariable} must be a whole number between {int.MinValue} and {int.MaxValue}, such as 42 (got '{value}').");
        }

        return seed;
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
