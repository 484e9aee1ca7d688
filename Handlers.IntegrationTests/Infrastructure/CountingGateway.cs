using OrderEvents.Handlers.Payments;

namespace OrderEvents.Handlers.IntegrationTests.Infrastructure;

/// <summary>
/// A payment provider that approves (or declines) every charge and counts the calls, per order. With
/// <paramref name="hold"/>, each charge is counted at once but answers only when that task completes.
/// </summary>
public sealed class CountingGateway(bool approve = true, Task? hold = null) : IPaymentGateway
{
    private readonly Dictionary<string, int> _charges = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _secondCharge = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _total;

    public int Total => Volatile.Read(ref _total);

    /// <summary>Completes when a second charge arrives (of any order), so a test waiting on held charges can stop early.</summary>
    public Task SecondCharge => _secondCharge.Task;

    public int ChargesOf(string orderId)
    {
        lock (_charges)
        {
            return _charges.GetValueOrDefault(orderId);
        }
    }

    public async ValueTask<GatewayResponse> ChargeAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _total);
        if (number == 2)
        {
            _secondCharge.TrySetResult();
        }

        lock (_charges)
        {
            _charges[request.OrderId] = _charges.GetValueOrDefault(request.OrderId) + 1;
        }

        if (hold is not null)
        {
            await hold;
        }

        return approve ? new GatewayResponse(true, $"ch_{request.OrderId}_{number}") : GatewayResponse.Declined;
    }
}
