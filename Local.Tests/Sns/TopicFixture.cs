using OrderEvents.Local.Sns;

namespace OrderEvents.Local.Tests.Sns;

/// <summary>A registry with predictable ids and time, and a fresh temporary outbox folder.</summary>
internal sealed class TopicFixture : IDisposable
{
    private int _ids;

    public TopicFixture()
    {
        OutboxDirectory = Path.Combine(Path.GetTempPath(), "orderevents-sns-" + Guid.NewGuid().ToString("N"));
        Topics = new TopicRegistry(new TopicRegistryOptions
        {
            Region = "eu-west-1",
            AccountId = "111122223333",
            Time = new FixedClock(),
            NewId = () => $"00000000-0000-4000-8000-{Interlocked.Increment(ref _ids):x12}",
            Published = Published.Add,
        });
    }

    public TopicRegistry Topics { get; }

    public string OutboxDirectory { get; }

    public List<PublishResult> Published { get; } = [];

    public void Dispose()
    {
        if (Directory.Exists(OutboxDirectory))
        {
            Directory.Delete(OutboxDirectory, recursive: true);
        }
    }
}
