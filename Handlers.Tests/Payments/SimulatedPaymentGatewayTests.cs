using OrderEvents.Handlers.Payments;
using OrderEvents.Handlers.Randomness;

namespace OrderEvents.Handlers.Tests.Payments;

public sealed class SimulatedPaymentGatewayTests
{
    private static readonly PaymentRequest Request = new("o1", 10m, "USD");

    [Fact]
    public async Task RateZero_NeverDeclines()
    {
        var gateway = new SimulatedPaymentGateway(new SeededRandomSource(1), 0);

        for (var i = 0; i < 200; i++)
        {
            Assert.True((await gateway.ChargeAsync(Request, CancellationToken.None)).Approved);
        }
    }

    [Fact]
    public async Task RateOne_AlwaysDeclines_WithoutReference()
    {
        var gateway = new SimulatedPaymentGateway(new SeededRandomSource(1), 1);

        for (var i = 0; i < 200; i++)
        {
            var response = await gateway.ChargeAsync(Request, CancellationToken.None);
            Assert.False(response.Approved);
            Assert.Null(response.Reference);
        }
    }

    [Fact]
    public async Task SameSeed_GivesTheSameDecisionsAndReferences()
    {
        var first = await Run(new SimulatedPaymentGateway(new SeededRandomSource(42), 0.5));
        var second = await Run(new SimulatedPaymentGateway(new SeededRandomSource(42), 0.5));

        Assert.Equal(first, second);
        Assert.Contains(first, r => r.Approved);
        Assert.Contains(first, r => !r.Approved);
    }

    [Fact]
    public async Task HalfRate_DeclinesAboutHalfOfManyCharges()
    {
        var results = await Run(new SimulatedPaymentGateway(new SeededRandomSource(3), 0.5), 2000);

        // Binomial(2000, 0.5): the mean is 1000 with a standard deviation of ~22; ±150 is a generous bound.
        Assert.InRange(results.Count(r => !r.Approved), 850, 1150);
    }

    [Fact]
    public async Task ApprovedReference_IsDrawnFromTheRandomSource()
    {
        var response = await new SimulatedPaymentGateway(new FixedRandom(0.99, 0xAB), 0.5).ChargeAsync(Request, CancellationToken.None);

        Assert.True(response.Approved);
        Assert.Equal("ch_abababababababab", response.Reference);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void RateOutsideZeroToOne_IsRejected(double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimulatedPaymentGateway(new SeededRandomSource(1), rate));

    private static async Task<List<GatewayResponse>> Run(SimulatedPaymentGateway gateway, int count = 50)
    {
        var results = new List<GatewayResponse>();
        for (var i = 0; i < count; i++)
        {
            results.Add(await gateway.ChargeAsync(Request, CancellationToken.None));
        }

        return results;
    }

    private sealed class FixedRandom(double value, byte fill) : IRandomSource
    {
        public double NextDouble() => value;

        public void NextBytes(Span<byte> destination) => destination.Fill(fill);
    }
}
