using System.Text;
using OrderEvents.Handlers.Notifications;

namespace OrderEvents.Handlers.Aws.Sns;

/// <summary>The SNS Publish constraints checked before anything is sent.</summary>
public static class NotificationLimits
{
    /// <summary>256 KB, the largest message SNS accepts, counted in UTF-8 bytes.</summary>
    public const int MaxMessageBytes = 262_144;

    /// <summary>Subjects must be shorter than 100 characters.</summary>
    public const int MaxSubjectLength = 99;

    public const int MaxAttributeNameLength = 256;

    /// <exception cref="SnsPublishException">With code <c>InvalidParameter</c> naming the first broken rule.</exception>
    public static void Validate(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (!notification.TopicArn.StartsWith("arn:", StringComparison.Ordinal) || !notification.TopicArn.Contains(":sns:", StringComparison.Ordinal))
        {
            throw Invalid($"TopicArn must be an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>), got '{notification.TopicArn}'.");
        }

        if (notification.Message.Length == 0)
        {
            throw Invalid("Message must not be empty.");
        }

        var messageBytes = Encoding.UTF8.GetByteCount(notification.Message);
        if (messageBytes > MaxMessageBytes)
        {
            throw Invalid($"Message is {messageBytes} bytes in UTF-8; SNS accepts at most {MaxMessageBytes}.");
        }

        ValidateSubject(notification.Subject);
        foreach (var (name, value) in notification.Attributes)
        {
            ValidateAttribute(name, value);
        }
    }

    private static void ValidateSubject(string subject)
    {
        if (subject.Length == 0)
        {
            return;
        }

        if (subject.Length > MaxSubjectLength)
        {
            throw Invalid($"Subject is {subject.Length} characters; it must be shorter than 100.");
        }

        if (subject.Any(character => character is '\r' or '\n'))
        {
            throw Invalid("Subject must not contain line breaks.");
        }

        if (subject.Any(character => character is < ' ' or > '~'))
        {
            throw Invalid("Subject must be printable ASCII text without control characters.");
        }

        if (subject[0] == ' ')
        {
            throw Invalid("Subject must begin with a letter, number or punctuation mark.");
        }
    }

    private static void ValidateAttribute(string name, string value)
    {
        var validName = name.Length is > 0 and <= MaxAttributeNameLength
            && name.All(character => char.IsAsciiLetterOrDigit(character) || character is '_' or '-' or '.')
            && !name.StartsWith('.') && !name.EndsWith('.') && !name.Contains("..", StringComparison.Ordinal)
            && !name.StartsWith("AWS.", StringComparison.OrdinalIgnoreCase)
            && !name.StartsWith("Amazon.", StringComparison.OrdinalIgnoreCase);
        if (!validName)
        {
            throw Invalid($"Message attribute name '{name}' is invalid: use 1-256 letters, digits, '_', '-' or '.', no leading, trailing or double '.', and no AWS./Amazon. prefix.");
        }

        if (value.Length == 0)
        {
            throw Invalid($"Message attribute '{name}' must have a non-empty value.");
        }
    }

    private static SnsPublishException Invalid(string message) =>
        new(SnsPublishException.InvalidParameter, "Notification rejected before sending: " + message);
}
