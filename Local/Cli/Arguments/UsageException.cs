namespace OrderEvents.Local.Cli.Arguments;

/// <summary>
/// A mistake in the command line or in the input it names (exit code 2). The message is one line
/// that tells the user what to fix; no stack trace is shown.
/// </summary>
public sealed class UsageException(string message) : Exception(message)
{
    /// <summary>Print the message alone, without the program-name prefix (for AWS-style error lines).</summary>
    public bool Bare { get; init; }
}
