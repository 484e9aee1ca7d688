using OrderEvents.Handlers.Aws.Retries;

namespace OrderEvents.Handlers.IntegrationTests.Aws.Retries;

public sealed class RetryBackoffTests
{
    [Theory]
    [InlineData(1, 0.0, 0)]
    [InlineData(1, 0.5, 50)]
    [InlineData(2, 0.5, 100)]
    [InlineData(3, 0.5, 200)]
    [InlineData(5, 0.999, 1598.4)]
    [InlineData(6, 0.999, 1998)]
    [InlineData(40, 0.999, 1998)]
    public void DelayBeforeRetry_GrowsExponentiallyUpToTheCapScaledByJitter(int retry, double jitter, double expectedMilliseconds) =>
        Assert.Equal(expectedMilliseconds, RetryBackoff.Default.DelayBeforeRetry(retry, jitter).TotalMilliseconds, precision: 6);

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1, 1.0)]
    [InlineData(1, -0.1)]
    public void DelayBeforeRetry_OutOfRangeArguments_AreRejected(int retry, double jitter) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryBackoff.Default.DelayBeforeRetry(retry, jitter));
}
