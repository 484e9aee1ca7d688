using OrderEvents.Local.Cli.Arguments;
using OrderEvents.Local.Cli.Inputs;

namespace OrderEvents.Local.Tests.Cli.Inputs;

public sealed class InputTextTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("orderevents-input-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void FileUrl_IsReadRelativeToTheWorkingDirectory()
    {
        File.WriteAllText(Path.Combine(_directory, "e.json"), "[1]");

        Assert.Equal("[1]", InputText.Read("file://e.json", "entries", _directory));
    }

    [Fact]
    public void AtPath_IsAFileOnlyWhereAllowed()
    {
        File.WriteAllText(Path.Combine(_directory, "in.json"), "{}");

        Assert.Equal("{}", InputText.Read("@in.json", "input", _directory, allowAtFile: true));
        Assert.Equal("@in.json", InputText.Read("@in.json", "input", _directory));
    }

    [Fact]
    public void InlineText_IsReturnedAsIs()
    {
        Assert.Equal("{\"a\":1}", InputText.Read("{\"a\":1}", "input", _directory));
    }

    [Fact]
    public void MissingFile_NamesTheOptionAndTheFile()
    {
        var error = Assert.Throws<UsageException>(() => InputText.Read("file://nope.json", "entries", _directory));

        Assert.Equal($"--entries: file 'nope.json' does not exist (looked in {_directory})", error.Message);
    }

    [Fact]
    public void Directory_IsNotAFile()
    {
        var error = Assert.Throws<UsageException>(() => InputText.ReadFile(".", "definition", _directory));

        Assert.Contains("is a directory", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"a\": }", "--input: malformed JSON: '}' is an invalid start of a value (line 1, column 7)")]
    [InlineData("", "--input: malformed JSON: The input does not contain any JSON tokens")]
    [InlineData("{\"a\": 1", "--input: malformed JSON:")]
    public void MalformedJson_IsOneLineWithItsPosition(string text, string messageStart)
    {
        var error = Assert.Throws<UsageException>(() => JsonInput.Parse(text, "input"));

        Assert.StartsWith(messageStart, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain("BytePositionInLine", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invalid JSON: 'x' is invalid. Path: $.a | LineNumber: 2 | BytePositionInLine: 4.", "invalid JSON: 'x' is invalid (line 3, column 5)")]
    [InlineData("open object. LineNumber: 0 | BytePositionInLine: 0.", "open object (line 1, column 1)")]
    [InlineData("two\nlines", "two lines")]
    public void DisplayLine_MakesReaderMessagesReadable(string message, string expected)
    {
        Assert.Equal(expected, DisplayLine.Of(message));
    }
}
