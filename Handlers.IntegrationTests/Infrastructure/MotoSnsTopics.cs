using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using OrderEvents.Handlers.Aws.Signing;

namespace OrderEvents.Handlers.IntegrationTests.Infrastructure;

/// <summary>Creates SNS topics and subscriptions in moto through the Query API (no SNS SDK package is available).</summary>
public sealed class MotoSnsTopics(MotoServer moto, HttpClient http)
{
    private readonly SigV4Signer _signer = new(TestAws.Credentials, TestAws.Region, "sns", TimeProvider.System);

    public async Task<string> CreateTopicAsync(string name) =>
        Value(await CallAsync($"Action=CreateTopic&Version=2010-03-31&Name={Uri.EscapeDataString(name)}"), "TopicArn");

    /// <summary>Subscribes an SQS queue with raw message delivery off, so it receives the SNS notification JSON.</summary>
    public async Task<string> SubscribeQueueAsync(string topicArn, string queueArn) =>
        Value(await CallAsync(
            "Action=Subscribe&Version=2010-03-31&Protocol=sqs"
            + $"&TopicArn={Uri.EscapeDataString(topicArn)}&Endpoint={Uri.EscapeDataString(queueArn)}"
            + "&Attributes.entry.1.key=RawMessageDelivery&Attributes.entry.1.value=false"), "SubscriptionArn");

    private async Task<XDocument> CallAsync(string form)
    {
        var body = Encoding.UTF8.GetBytes(form);
        using var request = new HttpRequestMessage(HttpMethod.Post, moto.Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=utf-8");
        await _signer.SignAsync(request, body);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"moto SNS call failed with HTTP {(int)response.StatusCode}: {text}");
        return XDocument.Parse(text);
    }

    private static string Value(XDocument document, string element) =>
        document.Descendants().First(node => node.Name.LocalName == element).Value;
}
