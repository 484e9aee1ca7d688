using System.Text.Json.Nodes;

namespace OrderEvents.Local.Tests.EndToEnd;

/// <summary>
/// put-events through every path of the order workflow, with the real definition, rule pattern and
/// handlers: the trace (states in order), the final status, error and cause, and the outbox.
/// </summary>
public sealed class OrderWorkflowPathsTests : IDisposable
{
    private readonly EndToEndFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task ValidOrder_IsValidatedPaidAndNotified_WithOneEmailInTheOutbox()
    {
        var result = await _fixture.PutEventsAsync(_fixture.EntriesFile(EndToEndFixture.Entry(EndToEndFixture.ValidDetail)), "--decline-rate", "0", "--json");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        var document = PutEventsJson.Parse(result);
        Assert.Equal(0, (int)document["FailedEntryCount"]!);
        Assert.Equal("OrderPlacedRule", (string?)document["Entries"]![0]!["Rules"]![0]!["Name"]);
        var execution = PutEventsJson.Execution(document);
        Assert.Equal(["ValidateOrder", "ProcessPayment", "NotifyCustomer", "OrderCompleted"], PutEventsJson.StateNames(execution));
        Assert.Equal("SUCCEEDED", (string?)execution["Status"]);
        Assert.Equal("ORD-7", (string?)execution["Output"]!["orderId"]);

        var notification = execution["Notifications"]!.AsArray().Single()!;
        var delivery = notification["Deliveries"]!.AsArray().Single()!;
        Assert.Equal(("email", "customer@example.com"), ((string?)delivery["Protocol"], (string?)delivery["Endpoint"]));
        var file = Assert.Single(_fixture.OutboxFiles);
        Assert.Equal(file, (string?)delivery["File"]);
        var email = await File.ReadAllTextAsync(file);
        Assert.Contains("To: customer@example.com\r\n", email, StringComparison.Ordinal);
        Assert.Contains($"Subject: {(string?)notification["Subject"]}\r\n", email, StringComparison.Ordinal);
        Assert.Contains("ORD-7", email, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidOrder_IsRejected_RecordedAndStopsAtOrderRejected_WithoutEmail()
    {
        var detail = """{"orderId":"ORD-8","items":[{"sku":"X","quantity":0,"unitPrice":1}]}""";

        var result = await _fixture.PutEventsAsync(_fixture.EntriesFile(EndToEndFixture.Entry(detail)), "--json");

        Assert.Equal(0, result.ExitCode);
        var execution = PutEventsJson.Execution(PutEventsJson.Parse(result));
        Assert.Equal(["ValidateOrder", "RecordRejection", "OrderRejected"], PutEventsJson.StateNames(execution));
        Assert.Equal("FAILED", (string?)execution["Status"]);
        Assert.Equal("OrderRejected", (string?)execution["Error"]);
        Assert.Equal("The order failed validation; the RecordFailure log record lists every problem.", (string?)execution["Cause"]);
        var validate = PutEventsJson.State(execution, "ValidateOrder");
        Assert.Equal("InvalidOrder", (string?)validate["Error"]);
        Assert.True((bool)validate["Caught"]!);
        var problems = (string)JsonNode.Parse((string)validate["Cause"]!)!["errorMessage"]!;
        Assert.Contains("customer", problems, StringComparison.Ordinal);
        Assert.Contains("quantity", problems, StringComparison.Ordinal);
        Assert.Equal("InvalidOrder", (string?)PutEventsJson.State(execution, "RecordRejection")["Output"]!["error"]);
        Assert.Empty(execution["Notifications"]!.AsArray());
        Assert.Empty(_fixture.OutboxFiles);
    }

    [Fact]
    public async Task DeclinedPayment_IsRecordedAndStopsAtPaymentFailure_WithoutEmail()
    {
        var result = await _fixture.PutEventsAsync(_fixture.EntriesFile(EndToEndFixture.Entry(EndToEndFixture.ValidDetail)), "--decline-rate", "1", "--json");

        Assert.Equal(0, result.ExitCode);
        var execution = PutEventsJson.Execution(PutEventsJson.Parse(result));
        Assert.Equal(["ValidateOrder", "ProcessPayment", "RecordPaymentFailure", "PaymentFailure"], PutEventsJson.StateNames(execution));
        Assert.Equal("PaymentFailed", (string?)execution["Error"]);
        Assert.StartsWith("Payment processing failed", (string?)execution["Cause"], StringComparison.Ordinal);
        var payment = PutEventsJson.State(execution, "ProcessPayment");
        Assert.Equal("PaymentDeclined", (string?)payment["Error"]);
        Assert.Equal("Payment processing failed", (string?)JsonNode.Parse((string)payment["Cause"]!)!["errorMessage"]);
        Assert.Empty(_fixture.OutboxFiles);
    }

    [Fact]
    public async Task NotificationFailure_FromTheMockConfig_IsRecordedAndStopsAtNotificationFailure()
    {
        var mocks = Path.Combine(EndToEndFixture.RepositoryRoot, "workflow", "order-workflow.mocks.json");

        var result = await _fixture.PutEventsAsync(
            _fixture.EntriesFile(EndToEndFixture.Entry(EndToEndFixture.ValidDetail)), "--mock-config", mocks, "--test-case", "NotificationFails", "--json");

        Assert.Equal(0, result.ExitCode);
        var execution = PutEventsJson.Execution(PutEventsJson.Parse(result));
        Assert.Equal(["ValidateOrder", "ProcessPayment", "NotifyCustomer", "RecordNotificationFailure", "NotificationFailure"], PutEventsJson.StateNames(execution));
        Assert.Equal("NotificationFailed", (string?)execution["Error"]);
        Assert.StartsWith("The order was charged but the customer could not be notified", (string?)execution["Cause"], StringComparison.Ordinal);
        Assert.Empty(_fixture.OutboxFiles);
    }

    [Fact]
    public async Task ThrottledLambda_IsRetried_AndVirtualTimeMakesTheBackoffInstant()
    {
        var mocks = Path.Combine(EndToEndFixture.RepositoryRoot, "workflow", "order-workflow.mocks.json");

        var result = await _fixture.PutEventsAsync(
            _fixture.EntriesFile(EndToEndFixture.Entry(EndToEndFixture.ValidDetail)),
            "--mock-config", mocks, "--test-case", "LambdaThrottledThenSucceeds", "--virtual-time", "--json");

        var execution = PutEventsJson.Execution(PutEventsJson.Parse(result));
        Assert.Equal("SUCCEEDED", (string?)execution["Status"]);
        Assert.Equal(2, (int)PutEventsJson.State(execution, "ProcessPayment")["Retries"]!);
        // Two retries wait 2 s and 4 s on the execution's clock, which the virtual clock skips.
        var started = DateTimeOffset.Parse((string)execution["StartDate"]!, System.Globalization.CultureInfo.InvariantCulture);
        var stopped = DateTimeOffset.Parse((string)execution["StopDate"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(stopped - started >= TimeSpan.FromSeconds(6), $"virtual elapsed {stopped - started}");
    }
}
