using System.Security;
using System.Text;
using OrderEvents.Local.ProcessMode.Http;
using OrderEvents.Local.Sns;

namespace OrderEvents.Local.ProcessMode;

/// <summary>
/// The SNS Query protocol (<c>Action=Publish</c>) over the local topics, served beside a function's Runtime
/// API so its process publishes through its real SNS client (<c>AWS_ENDPOINT_URL_SNS</c>). Signatures are
/// not checked.
/// </summary>
public sealed class SnsQueryApi(TopicRegistry topics)
{
    /// <summary>The path under the sandbox's Runtime API address where the API is served.</summary>
    public const string Path = "/sns";

    internal LoopbackHttpResponse Handle(LoopbackHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var contentType = request.Header("Content-Type") ?? "";
        if (!contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return Error(400, "InvalidParameter", $"Expected an application/x-www-form-urlencoded body, not '{contentType}'.");
        }

        var form = ReadForm(request.Body);
        var action = form.GetValueOrDefault("Action");
        if (action != "Publish")
        {
            return Error(400, "InvalidAction", $"The action {action} is not valid for this endpoint.");
        }

        var topicArn = form.GetValueOrDefault("TopicArn") ?? "";
        if (topicArn.Length == 0 || !form.TryGetValue("Message", out var message))
        {
            return Error(400, "InvalidParameter", "Invalid parameter: TopicArn and Message are required.");
        }

        try
        {
            var messageId = topics.Publish(new PublishRequest(topicArn, message, form.GetValueOrDefault("Subject"), ReadAttributes(form))).Message.MessageId;
            return LoopbackHttpResponse.Text(200, "text/xml",
                $"<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult><MessageId>{SecurityElement.Escape(messageId)}</MessageId></PublishResult>"
                + $"<ResponseMetadata><RequestId>{Guid.NewGuid()}</RequestId></ResponseMetadata></PublishResponse>");
        }
        catch (SnsException e)
        {
            return Error(e is NotFoundException ? 404 : 400, e.Code, e.Message);
        }
    }

    /// <summary>Form fields (<c>name=value&amp;...</c>, percent-encoded, <c>+</c> for space); a repeated name keeps its first value.</summary>
    internal static Dictionary<string, string> ReadForm(byte[] body)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in Encoding.UTF8.GetString(body).Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            form.TryAdd(name, equals < 0 ? "" : Decode(pair[(equals + 1)..]));
        }

        return form;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    /// <summary>Reads <c>MessageAttributes.entry.N.Name</c> / <c>.Value.StringValue</c> pairs.</summary>
    private static Dictionary<string, string> ReadAttributes(Dictionary<string, string> form)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = 1; form.TryGetValue($"MessageAttributes.entry.{n}.Name", out var name); n++)
        {
            attributes[name] = form.GetValueOrDefault($"MessageAttributes.entry.{n}.Value.StringValue") ?? "";
        }

        return attributes;
    }

    private static LoopbackHttpResponse Error(int status, string code, string message) =>
        LoopbackHttpResponse.Text(status, "text/xml",
            $"<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>Sender</Type><Code>{SecurityElement.Escape(code)}</Code>"
            + $"<Message>{SecurityElement.Escape(message)}</Message></Error><RequestId>{Guid.NewGuid()}</RequestId></ErrorResponse>");
}
