namespace OrderEvents.Cdk.Tests.Fixtures;

/// <summary>Every test class in this collection shares one synthesis of the default stack.</summary>
[CollectionDefinition(Name)]
public sealed class DefaultStackCollection : ICollectionFixture<DefaultStackFixture>
{
    public const string Name = "Default stack";
}

/// <summary>Every test class in this collection shares one synthesis of the customized stack.</summary>
[CollectionDefinition(Name)]
public sealed class CustomizedStackCollection : ICollectionFixture<CustomizedStackFixture>
{
    public const string Name = "Customized stack";
}
