using OrderEvents.Handlers.Hosting;

namespace OrderEvents.Handlers.Aws;

/// <summary>Where one AWS service is reached and which region signs its requests.</summary>
/// <param name="Url">The service endpoint, e.g. <c>https://sns.eu-west-1.amazonaws.com/</c>.</param>
/// <param name="Region">The signing region, e.g. <c>eu-west-1</c>.</param>
public sealed record AwsServiceEndpoint(Uri Url, string Region)
{
    /// <summary>
    /// Resolves the endpoint the way the AWS SDKs do: <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>, then
    /// <c>AWS_ENDPOINT_URL</c>, then the public endpoint of <c>AWS_REGION</c> (or <c>AWS_DEFAULT_REGION</c>).
    /// </summary>
    /// <param name="serviceId">The endpoint prefix and environment suffix, e.g. <c>sns</c> or <c>dynamodb</c>.</param>
    /// <param name="environment">Reads one environment variable; null when unset.</param>
    /// <exception cref="ConfigurationException">No region, or an endpoint URL that is not absolute http(s).</exception>
    public static AwsServiceEndpoint Resolve(string serviceId, Func<string, string?> environment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceId);
        ArgumentNullException.ThrowIfNull(environment);

        var region = NonEmpty(environment("AWS_REGION")) ?? NonEmpty(environment("AWS_DEFAULT_REGION"))
            ?? throw new ConfigurationException("AWS_REGION is not set; set it to the region of the stack, e.g. eu-west-1.");

        var serviceVariable = "AWS_ENDPOINT_URL_" + serviceId.ToUpperInvariant();
        var (variable, configured) = NonEmpty(environment(serviceVariable)) is { } specific
            ? (serviceVariable, specific)
            : ("AWS_ENDPOINT_URL", NonEmpty(environment("AWS_ENDPOINT_URL")));

        if (configured is null)
        {
            var suffix = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
            return new AwsServiceEndpoint(new Uri($"https://{serviceId}.{region}.{suffix}/"), region);
        }

        if (!Uri.TryCreate(configured, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ConfigurationException($"{variable} must be an absolute http(s) URL, got '{configured}'.");
        }

        return new AwsServiceEndpoint(url, region);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
