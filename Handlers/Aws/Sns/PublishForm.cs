using System.Text;
using OrderEvents.Handlers.Notifications;

namespace OrderEvents.Handlers.Aws.Sns;

/// <summary>The Query-protocol body of an SNS <c>Publish</c> call (form-encoded, RFC 3986 percent-encoding).</summary>
public static class PublishForm
{
    public const string ContentType = "application/x-www-form-urlencoded; charset=utf-8";

    public static byte[] Encode(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Action", "Publish"),
            new("Version", "2010-03-31"),
            new("TopicArn", notification.TopicArn),
            new("Message", notification.Message),
        };
        if (notification.Subject.Length > 0)
        {
            fields.Add(new("Subject", notification.Subject));
        }

        var entry = 0;
        foreach (var (name, value) in notification.Attributes.OrderBy(attribute => attribute.Key, StringComparer.Ordinal))
        {
            entry++;
            var prefix = $"MessageAttributes.entry.{entry}.";
            fields.Add(new(prefix + "Name", name));
            fields.Add(new(prefix + "Value.DataType", "String"));
            fields.Add(new(prefix + "Value.StringValue", value));
        }

        return Encoding.UTF8.GetBytes(string.Join('&', fields.Select(field => field.Key + "=" + Uri.EscapeDataString(field.Value))));
    }
}
