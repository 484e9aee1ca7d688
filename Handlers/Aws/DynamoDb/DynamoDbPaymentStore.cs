using System.Collections.Concurrent;
using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using OrderEvents.Handlers.Payments;

namespace OrderEvents.Handlers.Aws.DynamoDb;

/// <summary>
/// Payment records in DynamoDB with conditional writes, so at most one invocation charges an order:
/// <list type="number">
/// <item>A claim puts an <c>IN_PROGRESS</c> row only if none exists (or the existing one is past its retention).</item>
/// <item>If a row exists: a different amount or currency is an <see cref="IdempotencyConflictException"/>; a stored
/// outcome is returned; our own claim (a write the SDK retried) is ours; a live claim of another invocation is a
/// <see cref="PaymentInProgressException"/>; a claim past its lease is taken over with a put conditioned on its token.</item>
/// <item>Completing updates the row to the outcome only while it is still this invocation's <c>IN_PROGRESS</c> claim.</item>
/// </list>
/// </summary>
public sealed class DynamoDbPaymentStore : IPaymentStore
{
    private const int ClaimRounds = 3;
    private readonly IAmazonDynamoDB _dynamoDb;
    private readonly PaymentStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, string> _heldClaims = new(StringComparer.Ordinal);

    public DynamoDbPaymentStore(IAmazonDynamoDB dynamoDb, PaymentStoreOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(dynamoDb);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _dynamoDb = dynamoDb;
        _options = options;
        _time = time;
    }

    /// <summary>The store a Lambda function uses: <c>PAYMENTS_TABLE</c>, region, endpoint and credentials from the environment.</summary>
    public static DynamoDbPaymentStore FromEnvironment(TimeProvider time, Func<string, string?> environment) => new(
        PaymentTableClient.Create(AwsServiceEndpoint.Resolve("dynamodb", environment)),
        PaymentStoreOptions.FromEnvironment(environment),
        time);

    public async ValueTask<PaymentClaim> ClaimAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // A claim token identifies this attempt, not a random choice: it must be unique across processes, so it is not drawn from a seeded source.
        var token = Guid.NewGuid().ToString("N");
        for (var round = 0; round < ClaimRounds; round++)
        {
            var now = _time.GetUtcNow();
            var claim = PaymentItem.Claim(request, token, now, _options);
            var fresh = new Dictionary<string, AttributeValue> { [":now"] = PaymentItem.Number(now.ToUnixTimeSeconds()) };
            if (await _dynamoDb.TryPutAsync(_options.TableName, claim, "attribute_not_exists(orderId) OR expiresAt < :now", fresh, cancellationToken))
            {
                return Acquired(request.OrderId, token);
            }

            var existing = await _dynamoDb.ReadAsync(_options.TableName, request.OrderId, cancellationToken);
            if (existing is null || existing.ExpiresAt < now.ToUnixTimeSeconds())
            {
                continue;
            }

            if (!existing.IsSameRequest(request))
            {
                throw new IdempotencyConflictException(
                    $"Order {request.OrderId} was already submitted for payment with amount {Show(existing.Amount, existing.Currency)}, not {Show(request.Amount, request.Currency)}.");
            }

            if (existing.IsCompleted)
            {
                return new PaymentClaim.AlreadyProcessed(existing.ToOutcome());
            }

            if (existing.ClaimToken == token)
            {
                return Acquired(request.OrderId, token);
            }

            if (now.ToUnixTimeSeconds() < existing.LeaseExpiresAt)
            {
                throw new PaymentInProgressException(
                    $"Order {request.OrderId} is being charged by another invocation (claimed at {existing.ClaimedAt:O}); retry later.");
            }

            var stale = new Dictionary<string, AttributeValue>
            {
                [":seen"] = new() { S = existing.ClaimToken },
                [":inProgress"] = new() { S = PaymentItem.InProgress },
            };
            if (await _dynamoDb.TryPutAsync(_options.TableName, claim, "claimToken = :seen AND #status = :inProgress", stale, cancellationToken))
            {
                return Acquired(request.OrderId, token);
            }
        }

        throw new PaymentInProgressException($"Order {request.OrderId} is contended by other invocations; retry later.");
    }

    public async ValueTask CompleteAsync(PaymentOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var processedAt = outcome.ProcessedAt;
        var values = new Dictionary<string, AttributeValue>
        {
            [":outcome"] = new() { S = PaymentItem.StatusOf(outcome.Status) },
            [":processedAt"] = new() { S = processedAt.ToString("O", CultureInfo.InvariantCulture) },
            [":expiresAt"] = PaymentItem.Number((processedAt + _options.RecordRetention).ToUnixTimeSeconds()),
            [":inProgress"] = new() { S = PaymentItem.InProgress },
        };
        var update = "SET #status = :outcome, processedAt = :processedAt, expiresAt = :expiresAt";
        if (outcome.GatewayReference is { } reference)
        {
            values[":reference"] = new() { S = reference };
            update += ", gatewayReference = :reference";
        }

        var condition = "#status = :inProgress";
        if (_heldClaims.TryGetValue(outcome.OrderId, out var token))
        {
            values[":token"] = new() { S = token };
            condition += " AND claimToken = :token";
        }

        if (!await _dynamoDb.TryUpdateAsync(_options.TableName, outcome.OrderId, update + " REMOVE leaseExpiresAt", condition, values, cancellationToken))
        {
            // The SDK may have retried a write that had already been applied: then the row holds exactly this outcome.
            var existing = await _dynamoDb.ReadAsync(_options.TableName, outcome.OrderId, cancellationToken);
            var recorded = existing is { IsCompleted: true } && existing.Status == PaymentItem.StatusOf(outcome.Status)
                && existing.GatewayReference == outcome.GatewayReference && (token is null || existing.ClaimToken == token);
            if (!recorded)
            {
                throw new PaymentStoreException(PaymentStoreException.ClaimLost,
                    $"The {outcome.Status} outcome of order {outcome.OrderId} was not recorded: the claim is no longer held by this invocation (row status {existing?.Status ?? "missing"}).");
            }
        }

        _heldClaims.TryRemove(outcome.OrderId, out _);
    }

    private PaymentClaim.Acquired Acquired(string orderId, string token)
    {
        _heldClaims[orderId] = token;
        return new PaymentClaim.Acquired();
    }

    private static string Show(decimal? amount, string? currency) =>
        amount is { } value ? $"{value.ToString(CultureInfo.InvariantCulture)} {currency}" : "none";
}
