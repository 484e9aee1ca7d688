using OrderEvents.Local.EventBridge.Entries;

namespace OrderEvents.Local.Tests.EventBridge.Entries;

public sealed class PutEventsEntriesFileTests
{
    [Fact]
    public void Parse_EntriesArray_ReadsEveryField()
    {
        var entries = PutEventsEntriesFile.Parse("""
            [{"Source": "orderevents.orders", "DetailType": "OrderPlaced", "Detail": "{\"orderId\":\"o-1\"}",
              "EventBusName": "order-events", "Resources": ["r1", "r2"], "Time": "2022-07-13T13:48:01Z"},
             {"Source": "s", "DetailType": "d", "Detail": "{}", "Time": 1657720081}]
            """);

        Assert.Equal(2, entries.Count);
        var first = entries[0];
        Assert.Equal("orderevents.orders", first.Source);
        Assert.Equal("OrderPlaced", first.DetailType);
        Assert.Equal("{\"orderId\":\"o-1\"}", first.Detail);
        Assert.Equal("order-events", first.EventBusName);
        Assert.Equal(["r1", "r2"], first.Resources!);
        Assert.Equal(new DateTimeOffset(2022, 7, 13, 13, 48, 1, TimeSpan.Zero), first.Time);
        Assert.Equal(new DateTimeOffset(2022, 7, 13, 13, 48, 1, TimeSpan.Zero), entries[1].Time);
        Assert.Null(entries[1].EventBusName);
        Assert.Null(entries[1].Resources);
    }

    [Fact]
    public void Parse_MissingFields_AreLeftForPutEventsToReport()
    {
        var entry = Assert.Single(PutEventsEntriesFile.Parse("""[{"Source": "s"}]"""));

        Assert.Null(entry.DetailType);
        Assert.Null(entry.Detail);
    }

    [Theory]
    [InlineData("[{\"Source\": \"s\", \"Detail\": {\"a\": 1}}]", "Invalid type for parameter Entries[0].Detail: expected a string (the detail object serialized as a JSON string), got an object.")]
    [InlineData("[{}, {\"Source\": 5}]", "Invalid type for parameter Entries[1].Source: expected a string, got a number.")]
    [InlineData("[{\"Resources\": \"r\"}]", "Invalid type for parameter Entries[0].Resources: expected an array of strings, got a string.")]
    [InlineData("[{\"Resources\": [\"r\", null]}]", "Invalid type for parameter Entries[0].Resources[1]: expected a string, got null.")]
    [InlineData("[{\"Sorce\": \"s\"}]", "Unknown parameter in Entries[0]: \"Sorce\", must be one of: Time, Source, Resources, DetailType, Detail, EventBusName, TraceHeader.")]
    [InlineData("[\"entry\"]", "Invalid type for parameter Entries[0]: expected an object, got a string.")]
    [InlineData("{\"Entries\": []}", "Error parsing parameter --entries: expected a JSON array of entries, got an object.")]
    [InlineData("[{\"Time\": \"yesterday\"}]", "Invalid value for parameter Entries[0].Time: expected an ISO 8601 timestamp or epoch seconds, got \"yesterday\".")]
    public void Parse_MalformedEntries_ReportsTheEntryAndTheField(string json, string message)
    {
        var ex = Assert.Throws<EntriesFileException>(() => PutEventsEntriesFile.Parse(json));

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Parse_InvalidJson_NamesTheOrigin()
    {
        var ex = Assert.Throws<EntriesFileException>(() => PutEventsEntriesFile.Parse("[{", "events/bad.json"));

        Assert.StartsWith("Error parsing parameter --entries (events/bad.json): invalid JSON:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileUri_ReadsTheFileRelativeToTheBaseDirectory()
    {
        var directory = Directory.CreateTempSubdirectory("entries-");
        try
        {
            Directory.CreateDirectory(Path.Combine(directory.FullName, "events"));
            File.WriteAllText(Path.Combine(directory.FullName, "events", "one.json"),
                """[{"Source": "s", "DetailType": "d", "Detail": "{}"}]""");

            var entries = PutEventsEntriesFile.Load("file://events/one.json", directory.FullName);

            Assert.Equal("s", Assert.Single(entries).Source);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Load_MissingFile_SaysWhichFile()
    {
        var directory = Directory.CreateTempSubdirectory("entries-");
        try
        {
            var ex = Assert.Throws<EntriesFileException>(
                () => PutEventsEntriesFile.Load("file://events/missing.json", directory.FullName));

            Assert.StartsWith("Unable to load paramfile file://events/missing.json: no such file", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Load_InlineJson_IsParsedDirectly() =>
        Assert.Equal("d", Assert.Single(PutEventsEntriesFile.Load("""[{"DetailType": "d"}]""")).DetailType);
}
