using System.Security;
using Microsoft.AspNetCore.Http;
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

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["Action"] != "Publish")
        {
            await WriteErrorAsync(context, 400, "InvalidAction", $"The action {form["Action"]} is not valid for this endpoint.");
            return;
        }

        var topicArn = form["TopicArn"].ToString();
        if (topicArn.Length == 0 || !form.ContainsKey("Message"))
        {
            await WriteErrorAsync(context, 400, "InvalidParameter", "Invalid parameter: TopicArn and Message are required.");
            return;
        }

        var subject = form.TryGetValue("Subject", out var s) ? s.ToString() : null;
        try
        {
            var messageId = topics.Publish(new PublishRequest(topicArn, form["Message"].ToString(), subject, ReadAttributes(form))).Message.MessageId;
            context.Response.ContentType = "text/xml";
            await context.Response.WriteAsync(
                $"<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult><MessageId>{SecurityElement.Escape(messageId)}</MessageId></PublishResult>"
                + $"<ResponseMetadata><RequestId>{Guid.NewGuid()}</RequestId></ResponseMetadata></PublishResponse>");
        }
        catch (SnsException e)
        {
            await WriteErrorAsync(context, e is NotFoundException ? 404 : 400, e.Code, e.Message);
        }
    }

    /// <summary>Reads <c>MessageAttributes.entry.N.Name</c> / <c>.Value.StringValue</c> pairs.</summary>
    private static Dictionary<string, string> ReadAttributes(IFormCollection form)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = 1; form.TryGetValue($"MessageAttributes.entry.{n}.Name", out var name); n++)
        {
            attributes[name.ToString()] = form[$"MessageAttributes.entry.{n}.Value.StringValue"].ToString();
        }

        return attributes;
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml";
        return context.Response.WriteAsync(
            $"<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>Sender</Type><Code>{SecurityElement.Escape(code)}</Code>"
            + $"<Message>{SecurityElement.Escape(message)}</Message></Error><RequestId>{Guid.NewGuid()}</RequestId></ErrorResponse>");
    }
}
