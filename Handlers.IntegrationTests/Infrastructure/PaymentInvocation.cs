using System.Globalization;
using System.Text;
using System.Text.Json;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Logging;
using OrderEvents.Handlers.Payments;

namespace OrderEvents.Handlers.IntegrationTests.Infrastructure;

/// <summary>Runs the real ProcessPayment handler over a store, as one Lambda invocation would.</summary>
public static class PaymentInvocation
{
    public static async Task<JsonElement> RunAsync(IPaymentStore store, IPaymentGateway gateway, TimeProvider time, string orderId, decimal total, string currency = "EUR")
    {
        var handler = new ProcessPaymentHandler(gateway, store, time, new StructuredLog(NullLogSink.Instance, time, "ProcessPayment"));
        var order = $$"""
            {"status":"Order Validated","orderId":"{{orderId}}","customer":"jane@example.com","currency":"{{currency}}","total":{{total.ToString(CultureInfo.InvariantCulture)}}}
            """;
        var context = new InvocationContext(Guid.NewGuid().ToString(), "ProcessPayment", "arn:aws:lambda:us-east-1:123456789012:function:ProcessPayment", time.GetUtcNow().AddMinutes(1));
        var result = await handler.InvokeAsync(Encoding.UTF8.GetBytes(order), context, CancellationToken.None);
        return JsonDocument.Parse(result).RootElement.GetProperty("payment").Clone();
    }
}
