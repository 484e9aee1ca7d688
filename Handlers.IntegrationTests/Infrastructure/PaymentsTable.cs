using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using OrderEvents.Handlers.Aws;
using OrderEvents.Handlers.Aws.DynamoDb;

namespace OrderEvents.Handlers.IntegrationTests.Infrastructure;

/// <summary>A fresh payments table in moto, shaped like the stack's: partition key orderId (S), TTL on expiresAt.</summary>
public sealed class PaymentsTable
{
    private PaymentsTable(string name, AmazonDynamoDBClient client)
    {
        Name = name;
        Client = client;
    }

    public string Name { get; }

    public AmazonDynamoDBClient Client { get; }

    public static async Task<PaymentsTable> CreateAsync(MotoServer moto)
    {
        var client = PaymentTableClient.Create(new AwsServiceEndpoint(moto.Endpoint, TestAws.Region), TestAws.Credentials);
        var name = TestAws.UniqueName("payments");
        await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            KeySchema = [new KeySchemaElement("orderId", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("orderId", ScalarAttributeType.S)],
            BillingMode = BillingMode.PAY_PER_REQUEST,
        });
        await client.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest
        {
            TableName = name,
            TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = "expiresAt", Enabled = true },
        });
        return new PaymentsTable(name, client);
    }

    public async Task<Dictionary<string, AttributeValue>> ReadRowAsync(string orderId) =>
        (await Client.GetItemAsync(new GetItemRequest
        {
            TableName = Name,
            Key = new() { ["orderId"] = new AttributeValue { S = orderId } },
            ConsistentRead = true,
        })).Item;
}
