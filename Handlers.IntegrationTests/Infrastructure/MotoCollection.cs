namespace OrderEvents.Handlers.IntegrationTests.Infrastructure;

/// <summary>Tests that talk to the shared <see cref="MotoServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class MotoCollection : ICollectionFixture<MotoServer>
{
    public const string Name = "moto_server";
}
