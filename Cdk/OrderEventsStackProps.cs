using Amazon.CDK;
using OrderEvents.Cdk.Configuration;

namespace OrderEvents.Cdk;

/// <summary>Stack props plus the validated user settings and where the repository's inputs are.</summary>
public sealed class OrderEventsStackProps : StackProps
{
    public required StackSettings Settings { get; init; }

    public required RepositoryLayout Layout { get; init; }
}
