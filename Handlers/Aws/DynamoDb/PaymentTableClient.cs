using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace OrderEvents.Handlers.Aws.DynamoDb;

/// <summary>Creates the low-level DynamoDB client for an endpoint (public or <c>AWS_ENDPOINT_URL_DYNAMODB</c>).</summary>
public static class PaymentTableClient
{
    /// <param name="credentials">Null for the default credential chain (the Lambda environment).</param>
    /// <param name="maxErrorRetry">Retries of the SDK for throttling, 5xx and transport errors.</param>
    /// <remarks>Each HTTP attempt is bounded (3 s), so a hung connection is retried within a short function timeout.</remarks>
    public static AmazonDynamoDBClient Create(AwsServiceEndpoint endpoint, AWSCredentials? credentials = null, int maxErrorRetry = 3)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var config = new AmazonDynamoDBConfig
        {
            ServiceURL = endpoint.Url.ToString(),
            AuthenticationRegion = endpoint.Region,
            MaxErrorRetry = maxErrorRetry,
            Timeout = TimeSpan.FromSeconds(3),
        };
        return new AmazonDynamoDBClient(credentials ?? DefaultAWSCredentialsIdentityResolver.GetCredentials(null), config);
    }
}
