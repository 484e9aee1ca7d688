using System.Text;

namespace OrderEvents.Local.Sns.Email;

/// <summary>
/// Delivers <c>email</c> and <c>email-json</c> subscriptions as RFC 5322 <c>.eml</c> files in a folder,
/// one file per message and recipient, named so that a directory listing sorts them by time.
/// </summary>
public sealed class EmailOutbox(string directory) : ISubscriber
{
    /// <summary>The absolute path of the outbox folder (created on the first delivery).</summary>
    public string Directory { get; } = Path.GetFullPath(directory);

    public string? Deliver(SnsMessage message, Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(subscription);
        var body = subscription.Protocol == EmailProtocols.EmailJson
            ? EmailJsonNotification.Format(message, subscription)
            : message.Body;
        var document = EmlDocument.Format(message, subscription, body);

        System.IO.Directory.CreateDirectory(Directory);
        var stem = $"{message.Timestamp.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}-{message.MessageId}-{FileSafe(subscription.Endpoint)}";
        for (var attempt = 0; ; attempt++)
        {
            var path = Path.Combine(Directory, attempt == 0 ? $"{stem}.eml" : $"{stem}-{attempt}.eml");
            try
            {
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                file.Write(document);
                return path;
            }
            catch (IOException) when (File.Exists(path) && attempt < 100)
            {
                // The same message id delivered twice to one recipient (a replayed seed): keep both files.
            }
        }
    }

    private static string FileSafe(string endpoint)
    {
        var builder = new StringBuilder(endpoint.Length);
        foreach (var c in endpoint)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '@' or '.' or '-' or '_' ? c : '_');
        }

        return builder.ToString();
    }
}
