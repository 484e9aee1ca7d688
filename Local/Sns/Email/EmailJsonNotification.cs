using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OrderEvents.Local.Sns.Email;

/// <summary>
/// The JSON document an <c>email-json</c> subscription receives. Local topics do not sign messages,
/// so <c>Signature</c> is empty; the field set and order follow SNS.
/// </summary>
internal static class EmailJsonNotification
{
    public static string Format(SnsMessage message, Subscription subscription)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("Type", "Notification");
            json.WriteString("MessageId", message.MessageId);
            json.WriteString("TopicArn", message.TopicArn);
            if (message.Subject is not null)
            {
                json.WriteString("Subject", message.Subject);
            }

            json.WriteString("Message", message.Body);
            json.WriteString("Timestamp", message.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("SignatureVersion", "1");
            json.WriteString("Signature", string.Empty);
            json.WriteString("SigningCertURL", string.Empty);
            json.WriteString("UnsubscribeURL", $"local://sns/unsubscribe?SubscriptionArn={subscription.SubscriptionArn}");
            if (message.Attributes.Count > 0)
            {
                json.WriteStartObject("MessageAttributes");
                foreach (var (name, value) in message.Attributes)
                {
                    json.WriteStartObject(name);
                    json.WriteString("Type", "String");
                    json.WriteString("Value", value);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
