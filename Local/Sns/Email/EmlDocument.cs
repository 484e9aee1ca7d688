using System.Globalization;
using System.Text;

namespace OrderEvents.Local.Sns.Email;

/// <summary>Formats one delivered message as an RFC 5322 e-mail (UTF-8 plain text, CRLF line ends).</summary>
internal static class EmlDocument
{
    /// <summary>The subject SNS uses when a message has none.</summary>
    public const string DefaultSubject = "AWS Notification Message";

    public const string From = "AWS Notifications <no-reply@sns.amazonaws.com>";

    /// <summary>RFC 5322 caps a line at 998 octets; longer bodies are sent base64-encoded.</summary>
    private const int MaxLineOctets = 998;

    public static byte[] Format(SnsMessage message, Subscription subscription, string body)
    {
        var crlfBody = body.ReplaceLineEndings("\r\n");
        var fitsLines = crlfBody.Split("\r\n").All(line => Encoding.UTF8.GetByteCount(line) <= MaxLineOctets);

        var text = new StringBuilder();
        Header(text, "From", From);
        Header(text, "To", subscription.Endpoint);
        Header(text, "Subject", EncodeHeaderValue(message.Subject ?? DefaultSubject));
        Header(text, "Date", message.Timestamp.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture));
        Header(text, "Message-ID", $"<{message.MessageId}.{SubscriptionId(subscription)}@sns.local>");
        Header(text, "MIME-Version", "1.0");
        Header(text, "Content-Type", "text/plain; charset=utf-8");
        Header(text, "Content-Transfer-Encoding", fitsLines ? "8bit" : "base64");
        text.Append("\r\n");
        if (fitsLines)
        {
            text.Append(crlfBody);
        }
        else
        {
            var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(crlfBody), Base64FormattingOptions.InsertLineBreaks);
            text.Append(base64);
        }

        if (!text.ToString().EndsWith("\r\n", StringComparison.Ordinal))
        {
            text.Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Header(StringBuilder text, string name, string value) =>
        text.Append(name).Append(": ").Append(value).Append("\r\n");

    /// <summary>Non-ASCII header text becomes an RFC 2047 encoded word.</summary>
    private static string EncodeHeaderValue(string value) =>
        Ascii.IsValid(value) ? value : $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";

    private static string SubscriptionId(Subscription subscription) =>
        subscription.SubscriptionArn[(subscription.SubscriptionArn.LastIndexOf(':') + 1)..];
}
