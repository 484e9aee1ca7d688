using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace OrderEvents.Cdk.Configuration;

/// <summary>
/// Reads <see cref="StackSettings"/> from CDK context values. Values arrive as strings from
/// <c>-c key=value</c> and as strings, numbers or booleans from cdk.json; every problem is reported at once.
/// </summary>
public static partial class StackSettingsReader
{
    /// <param name="lookup">Returns the raw context value for a key, or null when it is not set.</param>
    /// <exception cref="StackSettingsException">One or more values are invalid.</exception>
    public static StackSettings Read(Func<string, object?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var problems = new List<string>();
        var defaults = StackSettings.Defaults;

        var email = Text(lookup, ContextKeys.NotificationEmail);
        if (email is not null && !EmailAddress().IsMatch(email))
        {
            problems.Add($"{ContextKeys.NotificationEmail} '{email}' is not an e-mail address (expected name@example.com).");
        }

        var logLevel = defaults.WorkflowLogLevel;
        var logLevelText = Text(lookup, ContextKeys.LogLevel);
        if (logLevelText is not null && !TryParseLogLevel(logLevelText, out logLevel))
        {
            problems.Add($"{ContextKeys.LogLevel} '{logLevelText}' is not one of ALL, ERROR, FATAL, OFF.");
        }

        var busName = Text(lookup, ContextKeys.EventBusName) ?? defaults.EventBusName;
        if (!EventBusName().IsMatch(busName) || busName == "default")
        {
            problems.Add($"{ContextKeys.EventBusName} '{busName}' must be 1-256 letters, digits, '.', '-' or '_' and not 'default'.");
        }

        var declineRate = defaults.PaymentDeclineRate;
        var declineText = Text(lookup, ContextKeys.PaymentDeclineRate);
        if (declineText is not null
            && (!double.TryParse(declineText, NumberStyles.Float, CultureInfo.InvariantCulture, out declineRate)
                || declineRate is < 0 or > 1 || double.IsNaN(declineRate)))
        {
            problems.Add($"{ContextKeys.PaymentDeclineRate} '{declineText}' must be a number from 0 to 1.");
        }

        var architecture = defaults.Architecture;
        var architectureText = Text(lookup, ContextKeys.Architecture);
        if (architectureText is not null && !TryParseArchitecture(architectureText, out architecture))
        {
            problems.Add($"{ContextKeys.Architecture} '{architectureText}' is not one of x86_64, arm64.");
        }

        if (problems.Count > 0)
        {
            throw new StackSettingsException("Invalid context: " + string.Join(" ", problems));
        }

        return new StackSettings(email, logLevel, busName, declineRate, architecture);
    }

    private static string? Text(Func<string, object?> lookup, string key)
    {
        var text = lookup(key) switch
        {
            null => null,
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static bool TryParseLogLevel(string text, out WorkflowLogLevel level)
    {
        (var known, level) = text.ToUpperInvariant() switch
        {
            "ALL" => (true, WorkflowLogLevel.All),
            "ERROR" => (true, WorkflowLogLevel.Error),
            "FATAL" => (true, WorkflowLogLevel.Fatal),
            "OFF" => (true, WorkflowLogLevel.Off),
            _ => (false, WorkflowLogLevel.All),
        };
        return known;
    }

    private static bool TryParseArchitecture(string text, out Architecture architecture)
    {
        (var known, architecture) = text.ToLowerInvariant() switch
        {
            "x86_64" => (true, Architecture.X64),
            "arm64" => (true, Architecture.Arm64),
            _ => (false, Architecture.X64),
        };
        return known;
    }

    // Deliberately simple: one '@', no spaces, a dot in the domain. SNS confirms the address anyway.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"^[A-Za-z0-9._\-]{1,256}$", RegexOptions.CultureInvariant)]
    private static partial Regex EventBusName();
}
