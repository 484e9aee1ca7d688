namespace OrderEvents.Handlers.Hosting;

/// <summary>
/// Error type <c>InvalidConfiguration</c>: a setting (an environment variable in Lambda, an option locally) is
/// missing or unusable. The message names the setting and what is accepted.
/// </summary>
public sealed class ConfigurationException(string message) : FunctionException(ErrorTypeName, message)
{
    public const string ErrorTypeName = "InvalidConfiguration";
}
