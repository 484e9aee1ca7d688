using System.Net.Http.Headers;
using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using OrderEvents.Handlers.Aws.Retries;
using OrderEvents.Handlers.Aws.Signing;
using OrderEvents.Handlers.Notifications;
using OrderEvents.Handlers.Randomness;

namespace OrderEvents.Handlers.Aws.Sns;

/// <summary>
/// Publishes notifications with the SNS Query API (<c>Action=Publish</c>), signed with SigV4. Validates before
/// sending, retries throttling, 5xx and transport failures with <see cref="RetryBackoff"/>, never retries other
/// 4xx answers, and reports every final failure as an <see cref="SnsPublishException"/>.
/// </summary>
public sealed class SnsNotificationPublisher : INotificationPublisher
{
    private readonly HttpClient _http;
    private readonly AwsServiceEndpoint _endpoint;
    private readonly SigV4Signer _signer;
    private readonly TimeProvider _timeProvider;
    private readonly IRandomSource _random;
    private readonly RetryBackoff _backoff;

    public SnsNotificationPublisher(
        HttpClient http,
        AWSCredentials credentials,
        AwsServiceEndpoint endpoint,
        TimeProvider timeProvider,
        IRandomSource random,
        RetryBackoff? backoff = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(random);
        _http = http;
        _endpoint = endpoint;
        _signer = new SigV4Signer(credentials, endpoint.Region, "sns", timeProvider);
        _timeProvider = timeProvider;
        _random = random;
        _backoff = backoff ?? RetryBackoff.Default;
    }

    /// <summary>The publisher a Lambda function uses: default credential chain, region and endpoint from the environment.</summary>
    public static SnsNotificationPublisher FromEnvironment(HttpClient http, TimeProvider timeProvider, IRandomSource random, Func<string, string?> environment) =>
        new(http, DefaultAWSCredentialsIdentityResolver.GetCredentials(null), AwsServiceEndpoint.Resolve("sns", environment), timeProvider, random);

    public async Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken)
    {
        NotificationLimits.Validate(notification);
        var body = PublishForm.Encode(notification);

        for (var attempt = 1; ; attempt++)
        {
            var result = await TryPublishOnceAsync(body, attempt, cancellationToken);
            if (result.MessageId is { } messageId)
            {
                return messageId;
            }

            if (!result.Retryable || attempt >= _backoff.MaxAttempts)
            {
                throw result.Exception!;
            }

            await Task.Delay(_backoff.DelayBeforeRetry(attempt, _random.NextDouble()), _timeProvider, cancellationToken);
        }
    }

    private async Task<AttemptResult> TryPublishOnceAsync(byte[] body, int attempt, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(PublishForm.ContentType);
        await _signer.SignAsync(request, body);

        HttpResponseMessage response;
        byte[] responseBody;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
            responseBody = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var message = $"SNS endpoint {_endpoint.Url} could not be reached after {attempt} attempt(s): {exception.Message}";
            return AttemptResult.Failed(retryable: true, new SnsPublishException(SnsPublishException.Unreachable, message, attempt, exception));
        }

        using (response)
        {
            return Interpret((int)response.StatusCode, responseBody, attempt);
        }
    }

    private static AttemptResult Interpret(int status, byte[] body, int attempt)
    {
        if (status is >= 200 and < 300)
        {
            return SnsResponseReader.ReadMessageId(body) is { } messageId
                ? AttemptResult.Published(messageId)
                : AttemptResult.Failed(retryable: false, new SnsPublishException(
                    SnsPublishException.MalformedResponse,
                    $"SNS answered HTTP {status} without a PublishResponse/PublishResult/MessageId: {Excerpt(body)}",
                    status,
                    attempt));
        }

        if (SnsResponseReader.ReadError(body) is { } error)
        {
            var retryable = SnsRetryRules.IsRetryable(status, error.Code);
            var message = $"SNS Publish failed with {error.Code} (HTTP {status}, {error.Type}) after {attempt} attempt(s): {error.Message}";
            return AttemptResult.Failed(retryable, new SnsPublishException(error.Code, message, status, attempt));
        }

        return AttemptResult.Failed(
            SnsRetryRules.IsRetryable(status, null),
            new SnsPublishException(
                SnsPublishException.MalformedResponse,
                $"SNS answered HTTP {status} without an ErrorResponse document after {attempt} attempt(s): {Excerpt(body)}",
                status,
                attempt));
    }

    private static string Excerpt(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200));
        return text.Length == 0 ? "(empty body)" : text.ReplaceLineEndings(" ");
    }

    private sealed record AttemptResult(string? MessageId, bool Retryable, SnsPublishException? Exception)
    {
        public static AttemptResult Published(string messageId) => new(messageId, false, null);

        public static AttemptResult Failed(bool retryable, SnsPublishException exception) => new(null, retryable, exception);
    }
}
