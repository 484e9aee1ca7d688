using System.Globalization;

namespace OrderEvents.Local.StepFunctions.Mocking;

/// <summary>The zero-based invocations a mocked response answers: a key such as <c>"0"</c> or <c>"1-2"</c> (inclusive).</summary>
internal readonly record struct InvocationRange(int First, int Last)
{
    public static InvocationRange Parse(string key, string location)
    {
        var dash = key.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            var single = ParseNumber(key, key, location);
            return new InvocationRange(single, single);
        }

        var first = ParseNumber(key[..dash], key, location);
        var last = ParseNumber(key[(dash + 1)..], key, location);
        if (last < first)
        {
            throw new MockConfigException(
                $"{location}: invocation range '{key}' ends before it starts; write the lower number first, e.g. '{last}-{first}'.");
        }

        return new InvocationRange(first, last);
    }

    public bool Contains(int invocation) => invocation >= First && invocation <= Last;

    public override string ToString() =>
        First == Last ? First.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{First}-{Last}");

    private static int ParseNumber(string text, string key, string location)
    {
        // Digits only, without sign, spaces or leading zeros: "01" or " 1" are typos worth reporting.
        var canonical = text.Length > 0 && text.All(char.IsAsciiDigit) && (text.Length == 1 || text[0] != '0');
        if (!canonical || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new MockConfigException(
                $"{location}: invocation key '{key}' is not a number or an inclusive range; expected e.g. \"0\" or \"1-2\".");
        }

        return value;
    }
}
