namespace OrderEvents.Local.ProcessMode;

/// <summary>The bootstrap could not be published; the message carries the build output.</summary>
public sealed class BootstrapBuildException(string message) : Exception(message);
