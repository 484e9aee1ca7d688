namespace OrderEvents.Local.Sns;

/// <summary>SNS topic names: 1-256 ASCII letters, digits, hyphens and underscores.</summary>
internal static class TopicName
{
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 256)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
