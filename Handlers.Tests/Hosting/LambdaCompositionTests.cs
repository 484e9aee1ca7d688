using Microsoft.Extensions.Time.Testing;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Logging;
using OrderEvents.Handlers.Tests.Support;

namespace OrderEvents.Handlers.Tests.Hosting;

public sealed class LambdaCompositionTests
{
    private readonly FakeTimeProvider _time = new(Invocations.Now);

    [Theory]
    [InlineData("ValidateOrder")]
    [InlineData("ProcessPayment")]
    [InlineData("NotifyCustomer")]
    [InlineData("RecordFailure")]
    public void Handler_SelectsTheFunction(string name)
    {
        var environment = new FakeEnvironment(new Dictionary<string, string?> { ["_HANDLER"] = name });

        Assert.Equal(name, LambdaComposition.CreateFunction(environment, _time, NullLogSink.Instance).Name);
    }

    [Fact]
    public void UnknownHandler_IsReportedBeforeSettings()
    {
        var environment = new FakeEnvironment(new Dictionary<string, string?>
        {
            ["_HANDLER"] = "Index.handler",
            ["PAYMENT_DECLINE_RATE"] = "bad",
        });

        var error = Assert.Throws<UnknownHandlerException>(() => LambdaComposition.CreateFunction(environment, _time, NullLogSink.Instance));
        Assert.StartsWith("Unknown handler 'Index.handler'; expected one of: ValidateOrder,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingHandler_SaysSo()
    {
        var error = Assert.Throws<UnknownHandlerException>(() => LambdaComposition.CreateFunction(new FakeEnvironment(), _time, NullLogSink.Instance));

        Assert.StartsWith("_HANDLER is not set;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidDeclineRate_FailsInitialization()
    {
        var environment = new FakeEnvironment(new Dictionary<string, string?>
        {
            ["_HANDLER"] = "ProcessPayment",
            ["PAYMENT_DECLINE_RATE"] = "2",
        });

        var error = Assert.Throws<ConfigurationException>(() => LambdaComposition.CreateFunction(environment, _time, NullLogSink.Instance));
        Assert.Contains("PAYMENT_DECLINE_RATE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyCustomer_WithoutTopicArn_FailsEachInvocationClearly()
    {
        var environment = new FakeEnvironment(new Dictionary<string, string?> { ["_HANDLER"] = "NotifyCustomer" });
        var function = LambdaComposition.CreateFunction(environment, _time, NullLogSink.Instance);

        var error = await Assert.ThrowsAsync<ConfigurationException>(
            async () => await Invocations.InvokeAsync(function, """{"status":"Payment Processed","orderId":"o1","customer":"a@example.com"}"""));
        Assert.Equal("TOPIC_ARN is not set.", error.Message);
    }

    [Fact]
    public async Task SimulationSeed_MakesTheDeclinesReproducible()
    {
        var first = await DeclinesAsync(seed: "42");
        var again = await DeclinesAsync(seed: "42");
        var other = await DeclinesAsync(seed: "43");

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Contains(true, first);
        Assert.Contains(false, first);
    }

    [Fact]
    public void InvalidSimulationSeed_FailsInitialization()
    {
        var environment = new FakeEnvironment(new Dictionary<string, string?>
        {
            ["_HANDLER"] = "ProcessPayment",
            ["PAYMENT_SIMULATION_SEED"] = "seven",
        });

        var error = Assert.Throws<ConfigurationException>(() => LambdaComposition.CreateFunction(environment, _time, NullLogSink.Instance));
        Assert.StartsWith("PAYMENT_SIMULATION_SEED must be a whole number", error.Message, StringComparison.Ordinal);
    }

    /// <returns>For 32 different orders, whether a freshly composed ProcessPayment declined each.</returns>
    private async Task<bool[]> DeclinesAsync(string seed)
    {
        var environment = new FakeEnvironment(new Dictionary<string, string?>
        {
            ["_HANDLER"] = "ProcessPayment",
            ["PAYMENT_SIMULATION_SEED"] = seed,
        });
        var function = LambdaComposition.CreateFunction(environment, _time, NullLogSink.Instance);
        var declines = new bool[32];
        for (var i = 0; i < declines.Length; i++)
        {
            var order = $$"""{"status":"Order Validated","orderId":"ORD-{{i}}","customer":"a@example.com","items":[],"currency":"EUR","total":10}""";
            try
            {
                await Invocations.InvokeAsync(function, order);
            }
            catch (FunctionException e) when (e.ErrorType == "PaymentDeclined")
            {
                declines[i] = true;
            }
        }

        return declines;
    }
}
