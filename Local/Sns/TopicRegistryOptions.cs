namespace OrderEvents.Local.Sns;

/// <summary>Where the local topics live and how they stamp messages.</summary>
public sealed record TopicRegistryOptions
{
    public string Region { get; init; } = "us-east-1";

    public string AccountId { get; init; } = "123456789012";

    /// <summary>Stamps message timestamps and e-mail Date headers.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Makes message and subscription ids (UUID strings); seed it for reproducible runs.</summary>
    public Func<string> NewId { get; init; } = static () => Guid.NewGuid().ToString();

    /// <summary>Called after every accepted Publish, on the publishing thread.</summary>
    public Action<PublishResult>? Published { get; init; }
}
