namespace OrderEvents.Local.StepFunctions.Retry;

/// <summary>How an ErrorEquals list matches an error name, for retriers and catchers alike.</summary>
internal static class ErrorMatch
{
    /// <summary>
    /// States.Runtime and States.DataLimitExceeded are terminal: no retrier or catcher handles them. States.ALL
    /// matches every other error; States.TaskFailed every other error except States.Timeout.
    /// </summary>
    public static bool Matches(string[] errorEquals, string error)
    {
        if (error is StatesError.Runtime or StatesError.DataLimitExceeded)
        {
            return false;
        }

        foreach (var name in errorEquals)
        {
            if (name == error
                || name == StatesError.All
                || (name == StatesError.TaskFailed && error != StatesError.Timeout))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>States.ALL must be the only name of the last retrier or catcher.</summary>
    public static void ValidateWildcard(string[] errorEquals, bool isLast, Func<string, Exception> error)
    {
        if (Array.IndexOf(errorEquals, StatesError.All) < 0)
        {
            return;
        }

        if (errorEquals.Length > 1)
        {
            throw error("field 'ErrorEquals': States.ALL must appear alone");
        }

        if (!isLast)
        {
            throw error("field 'ErrorEquals': States.ALL must be in the last entry");
        }
    }
}
