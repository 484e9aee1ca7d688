namespace OrderEvents.Handlers.Logging;

/// <summary>Hides a customer's e-mail address in logs: <c>jane@example.com</c> becomes <c>j***@example.com</c>.</summary>
public static class EmailMask
{
    private const string Hidden = "***";

    public static string? Mask(string? email)
    {
        if (email is null)
        {
            return null;
        }

        var at = email.LastIndexOf('@');
        if (at <= 0)
        {
            // Not an address (or no local part): reveal nothing of it.
            return at == 0 ? string.Concat(Hidden, email) : Hidden;
        }

        return string.Concat(email.AsSpan(0, 1), Hidden, email.AsSpan(at));
    }
}
