namespace OrderEvents.Cdk.Tests.Fixtures;

/// <summary>The stack exactly as <c>cdk deploy</c> with no -c options builds it.</summary>
public sealed class DefaultStackFixture() : StackFixture(new Dictionary<string, object>());
