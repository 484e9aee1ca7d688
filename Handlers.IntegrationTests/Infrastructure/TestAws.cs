using Amazon.Runtime;

namespace OrderEvents.Handlers.IntegrationTests.Infrastructure;

/// <summary>Dummy credentials and region: tests never reach real AWS.</summary>
public static class TestAws
{
    public const string Region = "us-east-1";
    public const string Account = "123456789012";

    public static BasicAWSCredentials Credentials { get; } = new("testing", "testing");

    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
