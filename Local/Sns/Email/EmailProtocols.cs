using System.Net.Mail;

namespace OrderEvents.Local.Sns.Email;

/// <summary>The SNS e-mail protocols: <c>email</c> delivers the message, <c>email-json</c> the JSON notification.</summary>
public static class EmailProtocols
{
    public const string Email = "email";

    public const string EmailJson = "email-json";

    /// <summary>Subscribes an address to a topic; its messages land in <paramref name="outbox"/>.</summary>
    /// <exception cref="InvalidParameterException">The address is not a plain e-mail address.</exception>
    public static Subscription SubscribeEmail(this TopicRegistry topics, string topicArn, string address, EmailOutbox outbox, bool json = false)
    {
        ArgumentNullException.ThrowIfNull(topics);
        if (!IsAddress(address))
        {
            throw new InvalidParameterException($"Invalid parameter: Email address '{address}'");
        }

        return topics.Subscribe(topicArn, json ? EmailJson : Email, address, outbox);
    }

    private static bool IsAddress(string address) =>
        !string.IsNullOrWhiteSpace(address)
        && address.AsSpan().IndexOfAny("\r\n<>\" ,;") < 0
        && MailAddress.TryCreate(address, out var parsed)
        && parsed.Address == address;
}
