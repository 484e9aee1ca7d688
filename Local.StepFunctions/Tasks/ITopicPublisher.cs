namespace OrderEvents.Local.StepFunctions.Tasks;

/// <summary>Publishes to an SNS topic for <c>arn:aws:states:::sns:publish</c> Task states.</summary>
public interface ITopicPublisher
{
    /// <returns>The message id.</returns>
    /// <exception cref="TopicPublishException">The topic rejected the message (e.g. <c>SNS.NotFoundException</c>).</exception>
    ValueTask<string> PublishAsync(TopicMessage message, CancellationToken cancellationToken);
}

/// <summary>The parameters of an SNS Publish call made by a Task state.</summary>
public sealed record TopicMessage(
    string TopicArn,
    string Message,
    string? Subject,
    IReadOnlyDictionary<string, string> Attributes);

/// <summary>A rejected publish; <see cref="Error"/> is the Step Functions error name (<c>SNS.&lt;Code&gt;</c>).</summary>
public sealed class TopicPublishException(string error, string cause) : Exception(cause)
{
    public string Error { get; } = error;

    public string Cause { get; } = cause;
}
