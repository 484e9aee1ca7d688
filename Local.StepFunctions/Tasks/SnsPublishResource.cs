using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Tasks;

/// <summary>
/// <c>arn:aws:states:::sns:publish</c>: Parameters TopicArn, Message (a non-string Message is sent as its JSON
/// text), Subject, MessageAttributes. The output is the Publish response (MessageId plus SDK metadata).
/// </summary>
internal sealed class SnsPublishResource(string arn) : TaskResource(arn)
{
    private static readonly HashSet<string> ParameterNames =
        ["TopicArn", "TargetArn", "PhoneNumber", "Message", "Subject", "MessageAttributes", "MessageStructure", "MessageGroupId", "MessageDeduplicationId"];

    public static SnsPublishResource Create(string arn, FieldReader state)
    {
        var parameters = state.OptionalObject("Parameters") ?? throw state.Error($"field 'Parameters' with TopicArn and Message is required by '{arn}'");
        foreach (var (key, _) in parameters)
        {
            var name = key.EndsWith(".$", StringComparison.Ordinal) ? key[..^2] : key;
            if (!ParameterNames.Contains(name))
            {
                throw state.Error($"field 'Parameters': '{key}' is not a parameter of '{arn}'");
            }
        }

        foreach (var required in (ReadOnlySpan<string>)["TopicArn", "Message"])
        {
            if (!parameters.ContainsKey(required) && !parameters.ContainsKey(required + ".$"))
            {
                throw state.Error($"field 'Parameters': '{required}' is required by '{arn}'");
            }
        }

        return new SnsPublishResource(arn);
    }

    public override async ValueTask<StepResult> InvokeAsync(JsonNode? parameters, StateContext context, bool payloadOnly, CancellationToken cancellationToken)
    {
        var publisher = context.Scope.Options.Topics;
        if (publisher is null)
        {
            return StepResult.Failure(StatesError.Runtime, $"The resource '{Arn}' needs a topic publisher, but none was given (ExecutionOptions.Topics).");
        }

        var fields = parameters as JsonObject;
        if (!JsonScalar.TryGetString(fields?["TopicArn"], out var topicArn))
        {
            return Invalid(context, "The parameter 'TopicArn' must be a string.");
        }

        var messageNode = fields!["Message"];
        var message = JsonScalar.TryGetString(messageNode, out var text) ? text : JsonPayload.ToText(messageNode);
        string? subject = null;
        if (fields.TryGetPropertyValue("Subject", out var subjectNode) && !JsonScalar.TryGetString(subjectNode, out subject))
        {
            return Invalid(context, "The parameter 'Subject' must be a string.");
        }

        if (!TryReadAttributes(fields["MessageAttributes"], out var attributes))
        {
            return Invalid(context, "The parameter 'MessageAttributes' must map names to {\"DataType\": ..., \"StringValue\": ...}.");
        }

        string messageId;
        try
        {
            messageId = await publisher.PublishAsync(new TopicMessage(topicArn, message, subject, attributes), cancellationToken);
        }
        catch (TopicPublishException e)
        {
            return StepResult.Failure(e.Error, e.Cause);
        }

        var scope = context.Scope;
        var output = new JsonObject { ["MessageId"] = messageId };
        SdkMetadata.Add(output, scope.Random.NewUuid(), scope.Time.GetUtcNow(), 294, "text/xml", 200);
        return StepResult.Success(output);
    }

    private static bool TryReadAttributes(JsonNode? node, out IReadOnlyDictionary<string, string> attributes)
    {
        var read = new Dictionary<string, string>(StringComparer.Ordinal);
        attributes = read;
        if (node is null)
        {
            return true;
        }

        if (node is not JsonObject map)
        {
            return false;
        }

        foreach (var (name, value) in map)
        {
            if (value is not JsonObject attribute || !JsonScalar.TryGetString(attribute["StringValue"], out var stringValue))
            {
                return false;
            }

            read[name] = stringValue;
        }

        return true;
    }

    private static StepResult Invalid(in StateContext context, string detail) =>
        StepResult.Failure(StatesError.Runtime, DataPath.RuntimeCause(context.StateName, detail));
}
