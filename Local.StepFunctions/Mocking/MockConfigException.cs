namespace OrderEvents.Local.StepFunctions.Mocking;

/// <summary>
/// A mock config file cannot be used: it is malformed (the message names the key and what was expected),
/// or it does not define the requested state machine or test case (the message lists the defined ones).
/// </summary>
public sealed class MockConfigException : Exception
{
    public MockConfigException(string message)
        : base(message)
    {
    }

    public MockConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
