using System.Buffers;

namespace OrderEvents.Handlers.Orders.Validation;

/// <summary>
/// A practical e-mail address check: <c>local@domain</c>, a dot-atom local part of at most 64 characters and a
/// domain of at least two DNS labels with an alphabetic top-level label; at most 254 characters in all.
/// </summary>
internal static class EmailAddress
{
    private const string LocalSymbols = "!#$%&'*+-/=?^_`{|}~";

    private static readonly SearchValues<char> AsciiLetters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    public static bool IsValid(string value)
    {
        var at = value.IndexOf('@');
        if (value.Length > 254 || at < 1 || at != value.LastIndexOf('@'))
        {
            return false;
        }

        return IsLocalPart(value.AsSpan(0, at)) && IsDomain(value.AsSpan(at + 1));
    }

    private static bool IsLocalPart(ReadOnlySpan<char> local)
    {
        if (local.Length > 64 || local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '.' && !LocalSymbols.Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        var labels = 0;
        var lastLabel = ReadOnlySpan<char>.Empty;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }

            labels++;
            lastLabel = label;
        }

        return labels >= 2 && lastLabel.Length >= 2 && !lastLabel.ContainsAnyExcept(AsciiLetters);
    }
}
