using System.Globalization;
using Amazon.DynamoDBv2.Model;
using OrderEvents.Handlers.Payments;

namespace OrderEvents.Handlers.Aws.DynamoDb;

/// <summary>
/// One order's row in the payments table: the claim (<c>IN_PROGRESS</c> with its token and lease) and, once
/// known, the outcome (<c>CHARGED</c> or <c>DECLINED</c>). Times are epoch seconds (<c>expiresAt</c> is the TTL
/// attribute) or ISO 8601 strings.
/// </summary>
internal sealed record PaymentItem(
    string OrderId,
    string Status,
    decimal? Amount,
    string? Currency,
    string ClaimToken,
    DateTimeOffset ClaimedAt,
    long LeaseExpiresAt,
    long ExpiresAt,
    string? GatewayReference = null,
    DateTimeOffset? ProcessedAt = null)
{
    public const string InProgress = "IN_PROGRESS";
    public const string Charged = "CHARGED";
    public const string Declined = "DECLINED";

    public bool IsCompleted => Status is Charged or Declined;

    public static PaymentItem Claim(PaymentRequest request, string token, DateTimeOffset now, PaymentStoreOptions options) => new(
        request.OrderId,
        InProgress,
        request.Amount,
        request.Currency,
        token,
        now,
        (now + options.ClaimLease).ToUnixTimeSeconds(),
        (now + options.RecordRetention).ToUnixTimeSeconds());

    public static string StatusOf(PaymentStatus status) => status == PaymentStatus.Charged ? Charged : Declined;

    public bool IsSameRequest(PaymentRequest request) => Amount == request.Amount && Currency == request.Currency;

    public PaymentOutcome ToOutcome() => new(
        OrderId,
        Status == Charged ? PaymentStatus.Charged : PaymentStatus.Declined,
        Amount,
        Currency,
        GatewayReference,
        ProcessedAt ?? ClaimedAt);

    public Dictionary<string, AttributeValue> ToAttributes()
    {
        var attributes = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            ["orderId"] = new() { S = OrderId },
            ["status"] = new() { S = Status },
            ["claimToken"] = new() { S = ClaimToken },
            ["claimedAt"] = new() { S = ClaimedAt.ToString("O", CultureInfo.InvariantCulture) },
            ["leaseExpiresAt"] = Number(LeaseExpiresAt),
            ["expiresAt"] = Number(ExpiresAt),
        };
        if (Amount is { } amount)
        {
            attributes["amount"] = new() { N = amount.ToString(CultureInfo.InvariantCulture) };
        }

        if (Currency is not null)
        {
            attributes["currency"] = new() { S = Currency };
        }

        return attributes;
    }

    /// <exception cref="FormatException">The row lacks a required attribute or holds a value of the wrong shape.</exception>
    public static PaymentItem FromAttributes(IReadOnlyDictionary<string, AttributeValue> item) => new(
        Text(item, "orderId") ?? throw Missing("orderId"),
        Text(item, "status") ?? throw Missing("status"),
        item.TryGetValue("amount", out var amount) && amount.N is { } n ? decimal.Parse(n, NumberStyles.Float, CultureInfo.InvariantCulture) : null,
        Text(item, "currency"),
        Text(item, "claimToken") ?? string.Empty,
        Time(item, "claimedAt") ?? DateTimeOffset.UnixEpoch,
        Epoch(item, "leaseExpiresAt"),
        Epoch(item, "expiresAt"),
        Text(item, "gatewayReference"),
        Time(item, "processedAt"));

    public static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    private static string? Text(IReadOnlyDictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) ? value.S : null;

    private static DateTimeOffset? Time(IReadOnlyDictionary<string, AttributeValue> item, string name) =>
        Text(item, name) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null;

    private static long Epoch(IReadOnlyDictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.N is { } n ? long.Parse(n, NumberStyles.Integer, CultureInfo.InvariantCulture) : 0;

    private static FormatException Missing(string name) => new($"The payment record has no '{name}' attribute.");
}
