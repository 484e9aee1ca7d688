using OrderEvents.Handlers.Randomness;

namespace OrderEvents.Handlers.Payments;

/// <summary>
/// A stand-in payment provider: declines each charge with probability <c>declineRate</c> and otherwise
/// approves it with a reference like <c>ch_3f9a0c1d2e4b5a69</c>, both drawn from the injected random source.
/// </summary>
public sealed class SimulatedPaymentGateway : IPaymentGateway
{
    private readonly IRandomSource _random;
    private readonly double _declineRate;

    public SimulatedPaymentGateway(IRandomSource random, double declineRate)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(declineRate, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(declineRate, 1);
        _random = random;
        _declineRate = declineRate;
    }

    public ValueTask<GatewayResponse> ChargeAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        if (_random.NextDouble() < _declineRate)
        {
            return ValueTask.FromResult(GatewayResponse.Declined);
        }

        Span<byte> bytes = stackalloc byte[8];
        _random.NextBytes(bytes);
        return ValueTask.FromResult(new GatewayResponse(true, string.Concat("ch_", Convert.ToHexStringLower(bytes))));
    }
}
