using OrderEvents.Local.StepFunctions.Tasks;

namespace OrderEvents.Local.Sns;

/// <summary>
/// Serves <c>arn:aws:states:::sns:publish</c> Task states from the local topics. A rejected call fails
/// the state with <c>SNS.&lt;ExceptionName&gt;</c> and a cause shaped like the AWS SDK's message.
/// </summary>
public sealed class StatesTopicPublisher(TopicRegistry topics) : ITopicPublisher
{
    public ValueTask<string> PublishAsync(TopicMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            var result = topics.Publish(new PublishRequest(message.TopicArn, message.Message, message.Subject, message.Attributes));
            return ValueTask.FromResult(result.MessageId);
        }
        catch (SnsException ex)
        {
            var status = ex is NotFoundException ? 404 : 400;
            throw new TopicPublishException(
                $"SNS.{ex.GetType().Name}",
                $"{ex.Message} (Service: Sns, Status Code: {status}, Error Code: {ex.Code})");
        }
    }
}
