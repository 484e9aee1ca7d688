namespace OrderEvents.Handlers.Payments;

/// <summary>Charges an order with a payment provider. Called at most once per order thanks to <see cref="IPaymentStore"/>.</summary>
public interface IPaymentGateway
{
    ValueTask<GatewayResponse> ChargeAsync(PaymentRequest request, CancellationToken cancellationToken);
}

/// <summary>The provider's answer: approved with a charge reference, or declined.</summary>
public sealed record GatewayResponse(bool Approved, string? Reference)
{
    public static GatewayResponse Declined { get; } = new(false, null);
}
