namespace OrderEvents.Local.Cli;

/// <summary>Process exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something went wrong that is not the user's input (a bug or an environment failure).</summary>
    public const int Unexpected = 1;

    /// <summary>The command line or the input it names is unusable; stderr says why in one line.</summary>
    public const int Usage = 2;

    public const int Cancelled = 130;
}
