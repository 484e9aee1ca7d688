using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using OrderEvents.Handlers.Hosting;

namespace OrderEvents.Handlers.Aws.DynamoDb;

/// <summary>The three calls the payment store makes, with DynamoDB failures turned into typed function errors.</summary>
internal static class PaymentTableCalls
{
    private static readonly Dictionary<string, string> StatusName = new() { ["#status"] = "status" };

    /// <returns>False when the condition failed.</returns>
    public static Task<bool> TryPutAsync(
        this IAmazonDynamoDB dynamoDb, string table, PaymentItem item, string condition, Dictionary<string, AttributeValue> values, CancellationToken cancellationToken) =>
        GuardAsync(table, "PutItem", async () =>
        {
            try
            {
                await dynamoDb.PutItemAsync(
                    new PutItemRequest
                    {
                        TableName = table,
                        Item = item.ToAttributes(),
                        ConditionExpression = condition,
                        ExpressionAttributeNames = condition.Contains("#status", StringComparison.Ordinal) ? StatusName : null,
                        ExpressionAttributeValues = values,
                    },
                    cancellationToken);
                return true;
            }
            catch (ConditionalCheckFailedException)
            {
                return false;
            }
        });

    /// <returns>False when the condition failed.</returns>
    public static Task<bool> TryUpdateAsync(
        this IAmazonDynamoDB dynamoDb, string table, string orderId, string update, string condition, Dictionary<string, AttributeValue> values, CancellationToken cancellationToken) =>
        GuardAsync(table, "UpdateItem", async () =>
        {
            try
            {
                await dynamoDb.UpdateItemAsync(
                    new UpdateItemRequest
                    {
                        TableName = table,
                        Key = Key(orderId),
                        UpdateExpression = update,
                        ConditionExpression = condition,
                        ExpressionAttributeNames = StatusName,
                        ExpressionAttributeValues = values,
                    },
                    cancellationToken);
                return true;
            }
            catch (ConditionalCheckFailedException)
            {
                return false;
            }
        });

    public static Task<PaymentItem?> ReadAsync(this IAmazonDynamoDB dynamoDb, string table, string orderId, CancellationToken cancellationToken) =>
        GuardAsync(table, "GetItem", async () =>
        {
            var response = await dynamoDb.GetItemAsync(
                new GetItemRequest { TableName = table, Key = Key(orderId), ConsistentRead = true },
                cancellationToken);
            return response.Item is { Count: > 0 } item ? PaymentItem.FromAttributes(item) : null;
        });

    private static Dictionary<string, AttributeValue> Key(string orderId) => new() { ["orderId"] = new() { S = orderId } };

    private static async Task<T> GuardAsync<T>(string table, string operation, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ResourceNotFoundException exception)
        {
            throw new ConfigurationException($"The payments table '{table}' does not exist ({operation}: {exception.Message}); check PAYMENTS_TABLE.");
        }
        catch (AmazonServiceException exception)
        {
            throw new PaymentStoreException(PaymentStoreException.Unavailable,
                $"DynamoDB {operation} on '{table}' failed with {exception.ErrorCode ?? "no error code"} (HTTP {(int)exception.StatusCode}): {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is AmazonClientException or HttpRequestException or IOException or TimeoutException)
        {
            throw new PaymentStoreException(PaymentStoreException.Unavailable,
                $"DynamoDB {operation} on '{table}' could not be reached: {exception.Message}", exception);
        }
        catch (FormatException exception)
        {
            throw new PaymentStoreException(PaymentStoreException.Unavailable,
                $"The payment record read by {operation} from '{table}' is malformed: {exception.Message}", exception);
        }
    }
}
