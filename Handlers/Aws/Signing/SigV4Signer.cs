using System.Globalization;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;

namespace OrderEvents.Handlers.Aws.Signing;

/// <summary>
/// Signs HTTP requests with AWS Signature Version 4 in the <c>Authorization</c> header.
/// The canonical request is built here; the string to sign, key derivation and HMAC come from
/// AWSSDK.Core's <see cref="AWS4Signer"/>, and credentials from an AWSSDK.Core <see cref="AWSCredentials"/>
/// (in Lambda the default chain reads <c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>, <c>AWS_SESSION_TOKEN</c>).
/// </summary>
public sealed class SigV4Signer
{
    private const string TimestampFormat = "yyyyMMdd'T'HHmmss'Z'";

    private readonly AWSCredentials _credentials;
    private readonly string _region;
    private readonly string _service;
    private readonly TimeProvider _timeProvider;

    public SigV4Signer(AWSCredentials credentials, string region, string service, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _credentials = credentials;
        _region = region;
        _service = service;
        _timeProvider = timeProvider;
    }

    /// <summary>Adds <c>X-Amz-Date</c>, <c>X-Amz-Security-Token</c> (temporary credentials) and <c>Authorization</c>.</summary>
    /// <param name="request">A request whose content headers are final; <paramref name="body"/> is its exact payload.</param>
    public async Task SignAsync(HttpRequestMessage request, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(request);
        var credentials = await _credentials.GetCredentialsAsync();
        request.Headers.Authorization = null;
        request.Headers.TryAddWithoutValidation("Authorization", Sign(request, body, credentials, _timeProvider.GetUtcNow()));
    }

    /// <summary>Signs with fixed credentials and time; returns the <c>Authorization</c> header value.</summary>
    internal string Sign(HttpRequestMessage request, ReadOnlyMemory<byte> body, ImmutableCredentials credentials, DateTimeOffset now)
    {
        var requestUrl = request.RequestUri ?? throw new ArgumentException("The request has no URL.", nameof(request));
        var signedAt = now.UtcDateTime;
        request.Headers.Remove("X-Amz-Date");
        request.Headers.Remove("X-Amz-Security-Token");
        request.Headers.TryAddWithoutValidation("X-Amz-Date", signedAt.ToString(TimestampFormat, CultureInfo.InvariantCulture));
        if (credentials.UseToken)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", credentials.Token);
        }

        var canonical = CanonicalRequest.Create(
            request.Method.Method,
            requestUrl,
            SignedHeaders(request, requestUrl),
            Convert.ToHexStringLower(SHA256.HashData(body.Span)));
        return AWS4Signer.ComputeSignature(credentials, _region, signedAt, _service, canonical.SignedHeaders, canonical.Text)
            .ForAuthorizationHeader;
    }

    private static IEnumerable<KeyValuePair<string, string>> SignedHeaders(HttpRequestMessage request, Uri url)
    {
        yield return new("host", url.Authority);
        foreach (var header in request.Headers.NonValidated.Where(header => header.Key.StartsWith("X-Amz-", StringComparison.OrdinalIgnoreCase)))
        {
            yield return new(header.Key, string.Join(',', header.Value));
        }

        if (request.Content is { } content)
        {
            foreach (var header in content.Headers.NonValidated.Where(header => header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
            {
                yield return new(header.Key, string.Join(',', header.Value));
            }
        }
    }
}
