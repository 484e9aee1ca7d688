using OrderEvents.Handlers.Aws;
using OrderEvents.Handlers.Hosting;

namespace OrderEvents.Handlers.IntegrationTests.Aws;

public sealed class AwsServiceEndpointTests
{
    [Theory]
    [InlineData("AWS_REGION=eu-west-1", "https://sns.eu-west-1.amazonaws.com/", "eu-west-1")]
    [InlineData("AWS_DEFAULT_REGION=us-west-2", "https://sns.us-west-2.amazonaws.com/", "us-west-2")]
    [InlineData("AWS_REGION=cn-north-1", "https://sns.cn-north-1.amazonaws.com.cn/", "cn-north-1")]
    [InlineData("AWS_REGION=eu-west-1;AWS_ENDPOINT_URL=http://localhost:4566", "http://localhost:4566/", "eu-west-1")]
    [InlineData("AWS_REGION=eu-west-1;AWS_ENDPOINT_URL=http://localhost:4566;AWS_ENDPOINT_URL_SNS=http://127.0.0.1:5000/", "http://127.0.0.1:5000/", "eu-west-1")]
    [InlineData("AWS_REGION=eu-west-1;AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:8000", "https://sns.eu-west-1.amazonaws.com/", "eu-west-1")]
    public void Resolve_Environment_PicksServiceOverrideThenGlobalOverrideThenRegionalEndpoint(string variables, string expectedUrl, string expectedRegion)
    {
        var endpoint = AwsServiceEndpoint.Resolve("sns", Environment(variables));

        Assert.Equal(new AwsServiceEndpoint(new Uri(expectedUrl), expectedRegion), endpoint);
    }

    [Theory]
    [InlineData("", "AWS_REGION is not set")]
    [InlineData("AWS_REGION=eu-west-1;AWS_ENDPOINT_URL_SNS=localhost:4566", "AWS_ENDPOINT_URL_SNS must be an absolute http(s) URL")]
    [InlineData("AWS_REGION=eu-west-1;AWS_ENDPOINT_URL=ftp://example.com", "AWS_ENDPOINT_URL must be an absolute http(s) URL")]
    public void Resolve_MissingRegionOrBadUrl_FailsWithInvalidConfiguration(string variables, string expected)
    {
        var error = Assert.Throws<ConfigurationException>(() => AwsServiceEndpoint.Resolve("sns", Environment(variables)));

        Assert.Equal("InvalidConfiguration", error.ErrorType);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static Func<string, string?> Environment(string variables)
    {
        var values = variables.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);
        return name => values.GetValueOrDefault(name);
    }
}
