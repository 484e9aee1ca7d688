using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Payments;
using OrderEvents.Handlers.Randomness;

namespace OrderEvents.Handlers.Tests.Support;

/// <summary>Shared set-up for calling handlers directly.</summary>
internal static class Invocations
{
    public static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    public const string TopicArn = "arn:aws:sns:eu-west-1:123456789012:order-notifications";

    public static InvocationContext Context(string function = "Test", string requestId = "req-1") =>
        new(requestId, function, $"arn:aws:lambda:eu-west-1:123456789012:function:{function}", Now.AddMinutes(1));

    public static FunctionDependencies Dependencies(
        FakeTimeProvider? time = null,
        CapturingLogSink? log = null,
        CapturingPublisher? publisher = null,
        double declineRate = 0.5,
        int seed = 7,
        IPaymentGateway? gateway = null)
    {
        time ??= new FakeTimeProvider(Now);
        return new FunctionDependencies
        {
            Time = time,
            Random = new SeededRandomSource(seed),
            PaymentStore = new InMemoryPaymentStore(time),
            NotificationPublisher = publisher ?? new CapturingPublisher(),
            LogSink = log ?? new CapturingLogSink(),
            Settings = new FunctionSettings(TopicArn, declineRate),
            PaymentGateway = gateway,
        };
    }

    public static async Task<JsonElement> InvokeAsync(IFunctionHandler handler, string payload)
    {
        var result = await handler.InvokeAsync(Encoding.UTF8.GetBytes(payload), Context(handler.Name), CancellationToken.None);
        return JsonDocument.Parse(result).RootElement;
    }

    /// <summary>An OrderPlaced EventBridge envelope around <paramref name="detail"/> (raw JSON).</summary>
    public static string Envelope(string detail, string detailType = "OrderPlaced") => $$"""
        {"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"{{detailType}}","source":"orderevents.orders",
         "account":"123456789012","time":"2026-03-14T09:26:53Z","region":"eu-west-1","resources":[],"detail":{{detail}}}
        """;

    public const string FullOrder = """
        {"orderId":"ORD-1001","customer":"jane.doe@example.com","currency":"EUR","total":59.97,
         "items":[{"sku":"BOOK-42","quantity":2,"unitPrice":19.99},{"sku":"MUG-7","quantity":1,"unitPrice":19.99}]}
        """;

    public const string MinimalOrder = """{"orderId": "12345", "customer": "example@example.com"}""";
}
