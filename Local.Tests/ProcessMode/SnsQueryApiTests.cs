using System.Text;
using OrderEvents.Local.ProcessMode;
using OrderEvents.Local.ProcessMode.Http;
using OrderEvents.Local.Sns;

namespace OrderEvents.Local.Tests.ProcessMode;

public sealed class SnsQueryApiTests
{
    private const string Form = "application/x-www-form-urlencoded; charset=utf-8";
    private readonly TopicRegistry topics = new();
    private readonly SnsQueryApi api;
    private readonly string topicArn;

    public SnsQueryApiTests()
    {
        api = new SnsQueryApi(topics);
        topicArn = topics.CreateTopic("OrderNotifications");
    }

    [Fact]
    public void ReadForm_DecodesPlusAndPercentEscapes_AndKeepsTheFirstOfARepeatedName()
    {
        var form = SnsQueryApi.ReadForm("Message=Order+ORD-1%3A+paid%20%E2%82%AC&Subject=&Flag&Message=second"u8.ToArray());

        Assert.Equal("Order ORD-1: paid €", form["Message"]);
        Assert.Equal("", form["Subject"]);
        Assert.Equal("", form["Flag"]);
        Assert.Equal(3, form.Count);
    }

    [Fact]
    public void Publish_DeliversToTheTopic_AndAnswersItsMessageId()
    {
        var answer = Handle(Form, $"Action=Publish&TopicArn={Uri.EscapeDataString(topicArn)}&Message=hello&Subject=Hi"
            + "&MessageAttributes.entry.1.Name=orderId&MessageAttributes.entry.1.Value.DataType=String&MessageAttributes.entry.1.Value.StringValue=ORD-1");

        Assert.Equal(200, answer.StatusCode);
        Assert.Equal("text/xml", answer.ContentType);
        Assert.Matches("<MessageId>[^<]+</MessageId>", Encoding.UTF8.GetString(answer.Body));
    }

    [Theory]
    [InlineData(Form, "Action=Subscribe", 400, "InvalidAction")]
    [InlineData(Form, "Action=Publish&Message=x", 400, "InvalidParameter")]
    [InlineData("application/json", """{"Action":"Publish"}""", 400, "InvalidParameter")]
    [InlineData(Form, "Action=Publish&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A123456789012%3ANoSuchTopic&Message=x", 404, "NotFound")]
    public void BadRequests_AreAnsweredWithAnSnsError(string contentType, string body, int status, string code)
    {
        var answer = Handle(contentType, body);

        Assert.Equal(status, answer.StatusCode);
        Assert.Contains($"<Code>{code}</Code>", Encoding.UTF8.GetString(answer.Body), StringComparison.Ordinal);
    }

    private LoopbackHttpResponse Handle(string contentType, string body) =>
        api.Handle(new LoopbackHttpRequest("POST", SnsQueryApi.Path,
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = contentType },
            Encoding.UTF8.GetBytes(body)));
}
