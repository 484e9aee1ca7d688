using OrderEvents.Local.EventBridge.Bus;

namespace OrderEvents.Local.Tests.EventBridge.Bus;

public sealed class EntrySizeTests
{
    [Fact]
    public void Of_CountsUtf8BytesOfSourceDetailTypeAndDetail() =>
        Assert.Equal(3 + 2 + 7, EntrySize.Of(new PutEventsRequestEntry("abc", "de", "{\"a\":1}")));

    [Fact]
    public void Of_CountsFourteenBytesForTime() =>
        Assert.Equal(1 + 1 + 2 + 14, EntrySize.Of(new PutEventsRequestEntry("a", "b", "{}", Time: DateTimeOffset.UnixEpoch)));

    [Fact]
    public void Of_CountsEachResource() =>
        Assert.Equal(1 + 1 + 2 + 3 + 4, EntrySize.Of(new PutEventsRequestEntry("a", "b", "{}", Resources: ["xyz", "1234"])));

    [Fact]
    public void Of_CountsMultiByteCharactersByTheirUtf8Length() =>
        Assert.Equal(2 + 3 + 4, EntrySize.Of(new PutEventsRequestEntry("é", "€", "\U0001F600")));

    [Fact]
    public void Of_IgnoresTheEventBusName() =>
        Assert.Equal(
            EntrySize.Of(new PutEventsRequestEntry("a", "b", "{}")),
            EntrySize.Of(new PutEventsRequestEntry("a", "b", "{}", "a-very-long-event-bus-name")));
}
